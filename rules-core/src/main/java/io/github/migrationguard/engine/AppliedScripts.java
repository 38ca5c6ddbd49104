package io.github.migrationguard.engine;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.schema.Catalog;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.sql.StatementReader;

import java.util.List;

/**
 * Scripts applied before the pending set: the catalog follows them so that it knows the schema the
 * pending scripts start from, but they are not linted, and nothing they created is new.
 */
final class AppliedScripts {

    private AppliedScripts() {
    }

    /** Replays one applied script; returns false (with a diagnostic) when it could not be read. */
    static boolean replay(MigrationScript script, Catalog catalog, List<Diagnostic> diagnostics) {
        try {
            for (AnalyzedStatement statement : StatementReader.read(script.text()).statements()) {
                if (statement.nesting() != Nesting.ROUTINE_BODY) {
                    catalog.apply(script.path(), statement);
                }
            }
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(Diagnostic.ofFile(script.path(),
                    "applied script could not be replayed, the catalog may miss what it did: " + e));
            return false;
        } finally {
            catalog.resetScope();
        }
    }
}
