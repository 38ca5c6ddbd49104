package io.github.migrationguard.engine;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.sql.SourceRange;
import io.github.migrationguard.sql.Token;
import io.github.migrationguard.tx.ScriptTx;

import java.util.List;

/**
 * One script as the engine works on it: its statements, transactions and the findings raised so far.
 *
 * @param trailingComments comments after the last statement, which may hold suppressions too
 */
record ScriptRun(MigrationScript script, List<AnalyzedStatement> statements, ScriptTx tx, List<Raised> raised,
                 List<Token> trailingComments) {

    /** A finding as a rule raised it, before suppressions and severities. */
    record Raised(Rule rule, AnalyzedStatement at, SourceRange range, String message, String fix) {
    }
}
