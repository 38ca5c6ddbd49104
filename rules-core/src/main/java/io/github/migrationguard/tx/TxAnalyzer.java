package io.github.migrationguard.tx;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.source.MigrationScript;

import java.util.Collections;
import java.util.List;

/** INTERIM placeholder until the source branch lands. */
public final class TxAnalyzer {
    public static ScriptTx analyze(MigrationScript script, List<AnalyzedStatement> statements, PgVersion target,
                                   boolean mixed) {
        return new ScriptTx(true, "interim", false, List.of(),
                Collections.nCopies(statements.size(), new TxPosition(TxPosition.Mode.RUNNER, 1)));
    }
}
