package io.github.migrationguard.tx;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Frontend;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.MigrationVersion;
import io.github.migrationguard.source.ScriptKind;
import io.github.migrationguard.sql.SourceRange;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;
import io.github.migrationguard.sql.TokenType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.migrationguard.tx.TxPosition.Mode.AUTOCOMMIT;
import static io.github.migrationguard.tx.TxPosition.Mode.EXPLICIT;
import static io.github.migrationguard.tx.TxPosition.Mode.RUNNER;
import static org.assertj.core.api.Assertions.assertThat;

/** Hand-built statement lists: the model is given, the tokens come from a tiny word splitter. */
class TxAnalyzerTest {

    private static final PgVersion PG18 = PgVersion.DEFAULT;
    private static final QualifiedName T = new QualifiedName(null, "t");

    private static final Statement SELECT = Statement.Other.of("SELECT");
    private static final Statement BEGIN = new Statement.TransactionControl(Statement.TransactionControl.Command.BEGIN);
    private static final Statement COMMIT = new Statement.TransactionControl(Statement.TransactionControl.Command.COMMIT);
    private static final Statement CIC = new Statement.CreateIndex(Optional.of("i"), T, false, true, false, false,
            List.of("a"), Optional.empty(), "btree");

    /** Builds the flat list; a model of {@code null} marks the next statements as nested in the previous top one. */
    private static final class Script {
        final List<AnalyzedStatement> statements = new ArrayList<>();
        int lastTop = -1;

        Script top(String sql, Statement model) {
            lastTop = statements.size();
            statements.add(new AnalyzedStatement(statements.size(), sql(sql), model, Frontend.TOKENS, Nesting.TOP, -1));
            return this;
        }

        Script nested(String sql, Statement model) {
            statements.add(new AnalyzedStatement(statements.size(), sql(sql), model, Frontend.TOKENS, Nesting.DO_BLOCK,
                    lastTop));
            return this;
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*|\\d+|'[^']*'|[().,;]|\\S");

    static SqlStatement sql(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            TokenType type = Character.isLetter(t.charAt(0)) || t.charAt(0) == '_' ? TokenType.WORD
                    : Character.isDigit(t.charAt(0)) ? TokenType.NUMBER
                    : t.charAt(0) == '\'' ? TokenType.STRING
                    : "().,;".contains(t) ? TokenType.PUNCTUATION : TokenType.OPERATOR;
            tokens.add(new Token(type, t, m.start(), 1, m.start() + 1, 1, m.end()));
        }
        return new SqlStatement(text, tokens, List.of(), new SourceRange(1, 1, 1, Math.max(1, text.length())), 0,
                text.length());
    }

    private static MigrationScript versioned(Optional<Boolean> executeInTransaction) {
        return new MigrationScript("db/V1__x.sql", ScriptKind.VERSIONED, Optional.of(MigrationVersion.parse("1")), "x",
                "", executeInTransaction);
    }

    private static ScriptTx analyze(Script script) {
        return TxAnalyzer.analyze(versioned(Optional.empty()), script.statements, PG18, false);
    }

    @Test
    void ordinaryScriptRunsInOneRunnerTransaction() {
        ScriptTx tx = analyze(new Script().top("SELECT 1", SELECT).top("SELECT 2", SELECT));
        assertThat(tx.runnerTransaction()).isTrue();
        assertThat(tx.mixed()).isFalse();
        assertThat(tx.positions()).containsExactly(new TxPosition(RUNNER, 1), new TxPosition(RUNNER, 1));
    }

    @Test
    void concurrentIndexAloneRunsInAutocommit() {
        ScriptTx tx = analyze(new Script().top("CREATE INDEX CONCURRENTLY i ON t (a)", CIC));
        assertThat(tx.runnerTransaction()).isFalse();
        assertThat(tx.mixed()).isFalse();
        assertThat(tx.nonTransactional()).containsExactly(0);
        assertThat(tx.positions()).containsExactly(new TxPosition(AUTOCOMMIT, 1));
    }

    @Test
    void mixingIsReportedAndRunsInAutocommit() {
        Script script = new Script().top("SELECT 1", SELECT).top("create unique index concurrently i on t (a)", CIC);
        ScriptTx refused = TxAnalyzer.analyze(versioned(Optional.empty()), script.statements, PG18, false);
        assertThat(refused.mixed()).isTrue();
        assertThat(refused.reason()).contains("refuses");
        ScriptTx allowed = TxAnalyzer.analyze(versioned(Optional.empty()), script.statements, PG18, true);
        assertThat(allowed.mixed()).isTrue();
        assertThat(allowed.runnerTransaction()).isFalse();
        assertThat(allowed.positions()).containsExactly(new TxPosition(AUTOCOMMIT, 1), new TxPosition(AUTOCOMMIT, 2));
    }

    @Test
    void scriptConfWins() {
        Script script = new Script().top("SELECT 1", SELECT).top("CREATE INDEX CONCURRENTLY i ON t (a)", CIC);
        ScriptTx forcedIn = TxAnalyzer.analyze(versioned(Optional.of(true)), script.statements, PG18, false);
        assertThat(forcedIn.runnerTransaction()).isTrue();
        assertThat(forcedIn.mixed()).isFalse();
        assertThat(forcedIn.reason()).isEqualTo("executeInTransaction=true in db/V1__x.sql.conf");
        assertThat(forcedIn.nonTransactional()).containsExactly(1);
        ScriptTx forcedOut = TxAnalyzer.analyze(versioned(Optional.of(false)),
                new Script().top("SELECT 1", SELECT).statements, PG18, false);
        assertThat(forcedOut.runnerTransaction()).isFalse();
        assertThat(forcedOut.positions()).containsExactly(new TxPosition(AUTOCOMMIT, 1));
    }

    @Test
    void globalExecuteInTransactionOffRunsInAutocommitAndAllowsMixing() {
        Script plain = new Script().top("SELECT 1", SELECT).top("SELECT 2", SELECT);
        ScriptTx off = TxAnalyzer.analyze(versioned(Optional.empty()), plain.statements, PG18, false, false);
        assertThat(off.runnerTransaction()).isFalse();
        assertThat(off.positions()).extracting(TxPosition::transaction).doesNotHaveDuplicates();

        Script mixing = new Script().top("SELECT 1", SELECT).top("CREATE INDEX CONCURRENTLY i ON t (a)", CIC);
        assertThat(TxAnalyzer.analyze(versioned(Optional.empty()), mixing.statements, PG18, false, false).mixed())
                .as("Flyway checks mixing only when it opens transactions").isFalse();
        assertThat(TxAnalyzer.analyze(versioned(Optional.of(true)), plain.statements, PG18, false, false)
                .runnerTransaction()).as("the script's .conf wins").isTrue();
    }

    @Test
    void commitInsideTheRunnerTransactionStartsAnother() {
        ScriptTx tx = analyze(new Script().top("BEGIN", BEGIN).top("SELECT 1", SELECT).top("COMMIT", COMMIT)
                .top("SELECT 2", SELECT));
        assertThat(tx.runnerTransaction()).isTrue();
        assertThat(tx.positions()).containsExactly(new TxPosition(RUNNER, 1), new TxPosition(RUNNER, 1),
                new TxPosition(RUNNER, 1), new TxPosition(RUNNER, 2));
    }

    @Test
    void explicitBlocksInAutocommit() {
        ScriptTx tx = TxAnalyzer.analyze(versioned(Optional.of(false)), new Script()
                .top("SELECT 1", SELECT).top("BEGIN", BEGIN).top("SELECT 2", SELECT).top("COMMIT", COMMIT)
                .top("SELECT 3", SELECT).top("COMMIT", COMMIT).statements, PG18, false);
        assertThat(tx.positions()).containsExactly(new TxPosition(AUTOCOMMIT, 1), new TxPosition(EXPLICIT, 2),
                new TxPosition(EXPLICIT, 2), new TxPosition(EXPLICIT, 2), new TxPosition(AUTOCOMMIT, 3),
                new TxPosition(AUTOCOMMIT, 4));
        assertThat(tx.positions().get(1).inTransactionBlock()).isTrue();
    }

    @Test
    void nestedStatementsTakeTheirBlocksPosition() {
        Statement doBlock = new Statement.DoBlock("plpgsql", Statement.Body.EMPTY);
        ScriptTx tx = TxAnalyzer.analyze(versioned(Optional.of(false)), new Script()
                .top("SELECT 1", SELECT)
                .top("DO $$ BEGIN UPDATE t SET a = 1; COMMIT; END $$", doBlock)
                .nested("UPDATE t SET a = 1", SELECT).nested("COMMIT", COMMIT)
                .top("SELECT 2", SELECT).statements, PG18, false);
        assertThat(tx.positions()).containsExactly(new TxPosition(AUTOCOMMIT, 1), new TxPosition(AUTOCOMMIT, 2),
                new TxPosition(AUTOCOMMIT, 2), new TxPosition(AUTOCOMMIT, 2), new TxPosition(AUTOCOMMIT, 3));
    }

    @Test
    void plainScriptsRunInAutocommit() {
        ScriptTx tx = TxAnalyzer.analyze(MigrationScript.plain("fix.sql", ""),
                new Script().top("SELECT 1", SELECT).statements, PG18, false);
        assertThat(tx.runnerTransaction()).isFalse();
        assertThat(tx.positions()).containsExactly(new TxPosition(AUTOCOMMIT, 1));
    }

    @Test
    void flywayDoesNotKnowReindexOrDetachConcurrently() {
        Statement reindex = new Statement.Reindex(Statement.Reindex.Target.INDEX, Optional.of(T), true);
        Statement detach = new Statement.AlterTable(T, RelationKind.TABLE, false, false,
                List.of(new AlterAction.DetachPartition(new QualifiedName(null, "p"), true, false)));
        ScriptTx tx = analyze(new Script().top("REINDEX INDEX CONCURRENTLY t", reindex)
                .top("ALTER TABLE t DETACH PARTITION p CONCURRENTLY", detach));
        assertThat(tx.runnerTransaction()).isTrue();
        assertThat(tx.nonTransactional()).containsExactly(0, 1);
    }

    @Test
    void addValueDependsOnTheVersion() {
        Statement addValue = new Statement.AlterTypeAddValue(new QualifiedName("s", "mood"), "ok", false);
        Script script = new Script().top("ALTER TYPE s.mood ADD VALUE 'ok'", addValue);
        ScriptTx pg11 = TxAnalyzer.analyze(versioned(Optional.empty()), script.statements, new PgVersion(11, 0), false);
        ScriptTx pg12 = TxAnalyzer.analyze(versioned(Optional.empty()), script.statements, new PgVersion(12, 0), false);
        assertThat(pg11.runnerTransaction()).isFalse();
        assertThat(pg11.nonTransactional()).containsExactly(0);
        assertThat(pg12.runnerTransaction()).isTrue();
        assertThat(pg12.nonTransactional()).isEmpty();
    }

    @Test
    void postgresListOfStatementsThatCannotRunInATransactionBlock() {
        assertThat(TxAnalyzer.cannotRunInTransaction(CIC, PG18)).isTrue();
        assertThat(TxAnalyzer.cannotRunInTransaction(new Statement.DropIndex(List.of(T), true, true, false), PG18)).isTrue();
        assertThat(TxAnalyzer.cannotRunInTransaction(new Statement.DropIndex(List.of(T), false, true, false), PG18)).isFalse();
        assertThat(TxAnalyzer.cannotRunInTransaction(
                new Statement.Reindex(Statement.Reindex.Target.SCHEMA, Optional.of(T), false), PG18)).isTrue();
        assertThat(TxAnalyzer.cannotRunInTransaction(
                new Statement.Reindex(Statement.Reindex.Target.TABLE, Optional.of(T), false), PG18)).isFalse();
        assertThat(TxAnalyzer.cannotRunInTransaction(new Statement.Vacuum(false, false, List.of()), PG18)).isTrue();
        assertThat(TxAnalyzer.cannotRunInTransaction(new Statement.Vacuum(false, true, List.of()), PG18)).isFalse();
        assertThat(TxAnalyzer.cannotRunInTransaction(new Statement.Cluster(Optional.empty()), PG18)).isTrue();
        assertThat(TxAnalyzer.cannotRunInTransaction(new Statement.Cluster(Optional.of(T)), PG18)).isFalse();
        assertThat(TxAnalyzer.cannotRunInTransaction(Statement.Other.of("CREATE DATABASE"), PG18)).isTrue();
        assertThat(TxAnalyzer.cannotRunInTransaction(Statement.Other.of("ALTER SYSTEM"), PG18)).isTrue();
        assertThat(TxAnalyzer.cannotRunInTransaction(Statement.Other.of("DISCARD ALL"), PG18)).isTrue();
        assertThat(TxAnalyzer.cannotRunInTransaction(Statement.Other.of("CREATE SUBSCRIPTION"), PG18)).isTrue();
        assertThat(TxAnalyzer.cannotRunInTransaction(new Statement.DropObject("TABLESPACE", List.of(T), false, false),
                PG18)).isTrue();
        assertThat(TxAnalyzer.cannotRunInTransaction(SELECT, PG18)).isFalse();
    }

    @Test
    void flywayDetectorReadsKeywordsLikeFlyway() {
        PgVersion v = PG18;
        assertThat(FlywayTransactionDetector.runsOutsideTransaction(sql("vacuum analyze t"), v)).isTrue();
        assertThat(FlywayTransactionDetector.runsOutsideTransaction(sql("REINDEX (VERBOSE) SCHEMA app"), v)).isTrue();
        assertThat(FlywayTransactionDetector.runsOutsideTransaction(sql("REINDEX TABLE CONCURRENTLY t"), v)).isFalse();
        assertThat(FlywayTransactionDetector.runsOutsideTransaction(sql("DROP DATABASE IF EXISTS x"), v)).isTrue();
        assertThat(FlywayTransactionDetector.runsOutsideTransaction(sql("DISCARD PLANS"), v)).isFalse();
        assertThat(FlywayTransactionDetector.runsOutsideTransaction(sql("ANALYZE t"), v)).isFalse();
        // the eleventh keyword is too late for Flyway
        assertThat(FlywayTransactionDetector.runsOutsideTransaction(
                sql("WITH a AS (SELECT x FROM y WHERE z AND b OR c) CREATE INDEX CONCURRENTLY"), v)).isFalse();
    }
}
