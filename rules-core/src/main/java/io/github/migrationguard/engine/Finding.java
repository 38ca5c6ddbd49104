package io.github.migrationguard.engine;

import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.sql.SourceRange;

import java.util.Comparator;

/**
 * One risk found in a migration.
 *
 * @param file           the script's path as reported
 * @param range          the statement (or the clause at fault)
 * @param message        what happens on a live database
 * @param fix            the safe alternative, concrete SQL for this statement where one exists
 * @param statementRange the whole statement the finding is about (what a fix replaces); equals
 *                       {@code range} when the finding is about the statement as a whole
 * @param fingerprint    identifies the finding across edits that move it: rule, file and the statement's
 *                       normalised text, never line numbers (see {@link Fingerprint})
 */
public record Finding(String ruleId, Severity severity, String file, SourceRange range, String message, String fix,
                      SourceRange statementRange, String fingerprint) {

    /** File, line, column, rule id: the order of every report. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(f -> f.range().line())
            .thenComparingInt(f -> f.range().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /** A finding without its statement, as tests and third parties build them: fingerprinted by its message. */
    public Finding(String ruleId, Severity severity, String file, SourceRange range, String message, String fix) {
        this(ruleId, severity, file, range, message, fix, range, Fingerprint.of(ruleId, file, message));
    }

    public Finding withSeverity(Severity severity) {
        return new Finding(ruleId, severity, file, range, message, fix, statementRange, fingerprint);
    }
}
