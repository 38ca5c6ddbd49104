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
 * @param statement the whole statement the finding is about, and the finding's line-free fingerprint
 */
public record Finding(String ruleId, Severity severity, String file, SourceRange range, String message, String fix,
                      StatementRef statement) {

    /** File, line, column, rule id: the order of every report. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(f -> f.range().line())
            .thenComparingInt(f -> f.range().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /** A finding without its statement, as tests and third parties build them: fingerprinted by its message. */
    public Finding(String ruleId, Severity severity, String file, SourceRange range, String message, String fix) {
        this(ruleId, severity, file, range, message, fix, new StatementRef(range, "", Fingerprint.of(ruleId, file, message)));
    }

    public String fingerprint() {
        return statement.fingerprint();
    }
}
