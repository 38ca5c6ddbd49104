package io.github.migrationguard.engine;

import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.sql.SourceRange;

import java.util.Comparator;

/**
 * One risk found in a migration.
 *
 * @param file    the script's path as reported
 * @param range   the statement (or the clause at fault)
 * @param message what happens on a live database
 * @param fix     the safe alternative, concrete SQL for this statement where one exists
 */
public record Finding(String ruleId, Severity severity, String file, SourceRange range, String message, String fix) {

    /** File, line, column, rule id: the order of every report. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(f -> f.range().line())
            .thenComparingInt(f -> f.range().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);
}
