package io.github.migrationguard.tx;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.MigrationVersion;
import io.github.migrationguard.source.Runner;
import io.github.migrationguard.source.ScriptKind;
import io.github.migrationguard.sql.StatementReader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each runner's transaction semantics, as adr/runners.md writes them down. */
class RunnerTransactionTest {

    private static final String TWO = "CREATE TABLE t (a int);\nCREATE INDEX CONCURRENTLY i ON t (a);\n";
    private static final String ONE = "CREATE INDEX CONCURRENTLY i ON t (a);\n";

    private static ScriptTx analyze(Runner runner, boolean oneQuery, Optional<Boolean> inTransaction, String sql) {
        MigrationScript script = new MigrationScript("m.sql", ScriptKind.VERSIONED,
                Optional.of(MigrationVersion.parse("1")), "m", sql, inTransaction, runner, oneQuery);
        List<AnalyzedStatement> statements = StatementReader.read(sql).statements();
        return TxAnalyzer.analyze(script, statements, PgVersion.DEFAULT, false);
    }

    @Test
    void oneQueryRunnersRunSeveralStatementsInOneImplicitTransaction() {
        for (Runner runner : List.of(Runner.PRISMA, Runner.GOLANG_MIGRATE)) {
            ScriptTx tx = analyze(runner, true, Optional.empty(), TWO);
            assertThat(tx.runnerTransaction()).as(runner.label()).isTrue();
            assertThat(tx.reason()).contains("one implicit transaction");
            assertThat(tx.positions()).allMatch(TxPosition::inTransactionBlock);
            assertThat(tx.mixed()).isFalse();
        }
    }

    @Test
    void oneQueryRunnersRunALoneStatementByItself() {
        ScriptTx tx = analyze(Runner.GOLANG_MIGRATE, true, Optional.empty(), ONE);
        assertThat(tx.runnerTransaction()).isFalse();
        assertThat(tx.positions()).noneMatch(TxPosition::inTransactionBlock);
    }

    @Test
    void dieselWrapsEachMigrationUnlessMetadataSaysNo() {
        assertThat(analyze(Runner.DIESEL, true, Optional.empty(), ONE).runnerTransaction()).isTrue();
        ScriptTx alone = analyze(Runner.DIESEL, true, Optional.of(false), ONE);
        assertThat(alone.runnerTransaction()).isFalse();
        assertThat(alone.reason()).isEqualTo("run_in_transaction = false in metadata.toml");
    }

    @Test
    void dieselWithoutTransactionStillGetsAnImplicitOneForSeveralStatements() {
        ScriptTx tx = analyze(Runner.DIESEL, true, Optional.of(false), TWO);
        assertThat(tx.runnerTransaction()).isTrue();
        assertThat(tx.reason()).startsWith("run_in_transaction = false in metadata.toml, but diesel sends");
    }

    @Test
    void liquibaseChangesetsRunInATransactionUnlessRunInTransactionFalse() {
        assertThat(analyze(Runner.LIQUIBASE, false, Optional.empty(), TWO).runnerTransaction()).isTrue();
        ScriptTx split = analyze(Runner.LIQUIBASE, false, Optional.of(false), TWO);
        assertThat(split.runnerTransaction()).isFalse();
        assertThat(split.reason()).isEqualTo("runInTransaction:false on the changeset");
        assertThat(analyze(Runner.LIQUIBASE, true, Optional.of(false), TWO).runnerTransaction())
                .as("splitStatements:false sends the changeset whole").isTrue();
    }

    @Test
    void flywayKeepsItsOwnDecision() {
        ScriptTx tx = analyze(Runner.FLYWAY, false, Optional.empty(), TWO);
        assertThat(tx.runnerTransaction()).isFalse();
        assertThat(tx.mixed()).isTrue();
    }

    @Test
    void plainRunnerIsAutocommit() {
        assertThat(analyze(Runner.PLAIN, false, Optional.empty(), TWO).runnerTransaction()).isFalse();
    }
}
