package io.github.migrationguard.tx;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Frontend;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.MigrationVersion;
import io.github.migrationguard.source.ScriptConf;
import io.github.migrationguard.source.ScriptKind;
import io.github.migrationguard.sql.Splitter;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.TokenReader;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.flywaydb.core.internal.resource.StringResource;
import org.flywaydb.core.internal.sqlscript.ParserSqlScript;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.flywaydb.database.postgresql.PostgreSQLParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway 13.12.1 decides, we compare: its own parser and {@code ParserSqlScript} say whether a script
 * runs in a transaction and whether it mixes; a real migrate on PostgreSQL 18 shows which statements
 * share a transaction ({@code txid_current()}).
 */
class TxFlywayOracleTest {

    /** Flyway's parser, without a database, assumes one older than 12; so do we here. */
    private static final PgVersion WITHOUT_DATABASE = new PgVersion(11, 0);

    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        FLYWAY_LOG.setLevel(Level.SEVERE);
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE public.txlog (schema_name text, step int, xid bigint)");
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    record Case(String sql, String conf) {
        @Override
        public String toString() {
            return (conf == null ? "" : "[" + conf.trim() + "] ") + sql.replace('\n', ' ');
        }
    }

    static Stream<Case> scripts() {
        List<Case> cases = new ArrayList<>();
        for (String sql : List.of(
                "CREATE TABLE t (a int);",
                "CREATE INDEX CONCURRENTLY i ON t (a);",
                "create unique index concurrently if not exists i on t (a);",
                "DROP INDEX CONCURRENTLY IF EXISTS i;",
                "CREATE TABLE t (a int);\nCREATE INDEX CONCURRENTLY i ON t (a);",
                "CREATE INDEX i ON t (a);\nDROP INDEX CONCURRENTLY j;",
                "REINDEX INDEX CONCURRENTLY i;",
                "REINDEX TABLE t;",
                "REINDEX SCHEMA app;",
                "REINDEX (VERBOSE) DATABASE app;",
                "REINDEX VERBOSE SYSTEM app;",
                "VACUUM;",
                "VACUUM (ANALYZE, VERBOSE) t;",
                "ANALYZE t;",
                "VACUUM FULL t;\nSELECT 1;",
                "CREATE DATABASE other;",
                "DROP DATABASE IF EXISTS other;",
                "CREATE TABLESPACE ts LOCATION '/tmp/x';",
                "DROP TABLESPACE ts;",
                "ALTER SYSTEM SET work_mem = '64MB';",
                "DISCARD ALL;",
                "DISCARD PLANS;",
                "CREATE SUBSCRIPTION s CONNECTION 'dbname=x' PUBLICATION p;",
                "ALTER TABLE t DETACH PARTITION p CONCURRENTLY;",
                "ALTER TYPE mood ADD VALUE 'sad';",
                "ALTER TYPE app.mood ADD VALUE IF NOT EXISTS 'sad' AFTER 'ok';",
                "CREATE TYPE mood AS ENUM ('a');\nALTER TYPE mood ADD VALUE 'b';",
                "BEGIN;\nCREATE TABLE t (a int);\nCOMMIT;",
                "BEGIN;\nCREATE INDEX CONCURRENTLY i ON t (a);\nCOMMIT;",
                "DO $$ BEGIN EXECUTE 'CREATE INDEX CONCURRENTLY i ON t (a)'; END $$;",
                "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ VACUUM $$;",
                "-- VACUUM in a comment\nSELECT 'VACUUM';",
                "/* CREATE INDEX CONCURRENTLY */ CREATE INDEX i ON t (a);",
                "CLUSTER;",
                "CREATE INDEX CONCURRENTLY i ON t (a);\nCREATE INDEX CONCURRENTLY j ON t (b);\nVACUUM t;",
                "WITH x AS (SELECT a, b, c, d, e, f, g, h FROM t) SELECT * FROM x;\nVACUUM t;",
                "CREATE INDEX CONCURRENTLY \"Idx\" ON \"T\" (a);",
                "create index concurrently on t (a);",
                "CREATE /* built online */ INDEX -- yes\n CONCURRENTLY i ON t (a);",
                "DROP INDEX CONCURRENTLY IF EXISTS app.i;",
                "REINDEX (CONCURRENTLY) INDEX i;",
                "REINDEX (VERBOSE, CONCURRENTLY) SCHEMA app;",
                "REINDEX DATABASE CONCURRENTLY app;",
                "Vacuum (FULL, ANALYZE) t;",
                "ALTER TYPE \"Mood\" ADD VALUE 'x';",
                "ALTER TYPE app.mood RENAME VALUE 'x' TO 'y';",
                "ALTER SYSTEM RESET ALL;",
                "ALTER DATABASE app SET work_mem = '64MB';",
                "CREATE TABLE t (a int);\nCOMMIT AND CHAIN;\nVACUUM t;",
                "BEGIN;\nVACUUM t;\nCOMMIT;",
                "SAVEPOINT s;\nCREATE INDEX i ON t (a);\nRELEASE SAVEPOINT s;",
                "CREATE INDEX i ON t (a) WHERE a IN (SELECT a FROM u WHERE b = 'CONCURRENTLY');",
                "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a);\nCREATE INDEX CONCURRENTLY j ON t (b);")) {
            cases.add(new Case(sql, null));
        }
        cases.add(new Case("CREATE TABLE t (a int);\nCREATE INDEX CONCURRENTLY i ON t (a);", "executeInTransaction=false\n"));
        cases.add(new Case("CREATE TABLE t (a int);\nCREATE INDEX CONCURRENTLY i ON t (a);", "executeInTransaction=true\n"));
        cases.add(new Case("CREATE TABLE t (a int);", "executeInTransaction=false\n"));
        cases.add(new Case("REINDEX INDEX CONCURRENTLY i;", "executeInTransaction=false\n"));
        return cases.stream();
    }

    private static List<AnalyzedStatement> read(String sql) {
        List<SqlStatement> split = Splitter.split(sql).statements();
        List<AnalyzedStatement> statements = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            statements.add(new AnalyzedStatement(i, split.get(i), TokenReader.read(split.get(i)), Frontend.TOKENS,
                    Nesting.TOP, -1));
        }
        return statements;
    }

    private static MigrationScript script(Case c) {
        Optional<Boolean> inTx = c.conf() == null ? Optional.empty()
                : ScriptConf.parse("V1__x.sql.conf", c.conf()).executeInTransaction();
        return new MigrationScript("V1__x.sql", ScriptKind.VERSIONED, Optional.of(MigrationVersion.parse("1")), "x",
                c.sql(), inTx);
    }

    /** Flyway's verdict: empty when it refuses the script for mixing, else whether it uses a transaction. */
    private static Optional<Boolean> flyway(Case c, boolean mixed) {
        return flyway(c, mixed, true);
    }

    /** As above, with Flyway's global {@code executeInTransaction}. */
    private static Optional<Boolean> flyway(Case c, boolean mixed, boolean executeInTransaction) {
        PostgreSQLParser parser = new PostgreSQLParser(Flyway.configure().mixed(mixed)
                .executeInTransaction(executeInTransaction), new ParsingContext());
        ParserSqlScript script = new ParserSqlScript(parser, new StringResource(c.sql()),
                c.conf() == null ? null : new StringResource(c.conf()), mixed);
        try {
            script.validate();
        } catch (FlywayException e) {
            assertThat(e.getMessage()).contains("both transactional and non-transactional");
            return Optional.empty();
        }
        return Optional.of(script.executeInTransaction());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void sameDecisionAsFlywaysParser(Case c) {
        List<AnalyzedStatement> statements = read(c.sql());
        ScriptTx strict = TxAnalyzer.analyze(script(c), statements, WITHOUT_DATABASE, false);
        Optional<Boolean> theirs = flyway(c, false);
        assertThat(strict.mixed()).as("mixed").isEqualTo(theirs.isEmpty());
        theirs.ifPresent(inTx -> assertThat(strict.runnerTransaction()).as("runner transaction").isEqualTo(inTx));

        ScriptTx lenient = TxAnalyzer.analyze(script(c), statements, WITHOUT_DATABASE, true);
        assertThat(lenient.runnerTransaction()).as("runner transaction with mixed=true")
                .isEqualTo(flyway(c, true).orElseThrow());

        ScriptTx globalOff = TxAnalyzer.analyze(script(c), statements, WITHOUT_DATABASE, false, false);
        Optional<Boolean> theirsOff = flyway(c, false, false);
        assertThat(globalOff.mixed()).as("mixed with executeInTransaction=false").isEqualTo(theirsOff.isEmpty());
        theirsOff.ifPresent(inTx -> assertThat(globalOff.runnerTransaction())
                .as("runner transaction with executeInTransaction=false").isEqualTo(inTx));
    }

    /** Runs one migration on PostgreSQL 18 and returns, per logged step, the transaction it ran in. */
    private Map<Integer, Long> migrate(String schema, String sql, String conf, boolean mixed) throws Exception {
        Path location = dir.resolve(schema);
        Files.createDirectories(location);
        Files.writeString(location.resolve("V1__x.sql"), sql);
        if (conf != null) {
            Files.writeString(location.resolve("V1__x.sql.conf"), conf);
        }
        FluentConfiguration config = Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas(schema)
                .defaultSchema(schema).locations("filesystem:" + location).mixed(mixed);
        // Flyway's default lock connection holds a snapshot that CREATE INDEX CONCURRENTLY waits for forever
        config.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        config.load().migrate();
        Map<Integer, Long> steps = new LinkedHashMap<>();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT step, xid FROM public.txlog WHERE schema_name = '" + schema
                     + "' ORDER BY step")) {
            while (rs.next()) {
                steps.put(rs.getInt(1), rs.getLong(2));
            }
        }
        return steps;
    }

    private static final String LOG = "INSERT INTO public.txlog VALUES (current_schema(), ";

    /** Flyway sets the search path to the migration's schema, so current_schema() tells the tests apart. */
    private static String log(int step) {
        return LOG + step + ", txid_current());";
    }

    /** Our transaction number for the statement that logs each step (statements are numbered from 0). */
    private static Map<Integer, Integer> ours(String sql, Optional<Boolean> inTx, boolean mixed) {
        List<AnalyzedStatement> statements = read(sql);
        MigrationScript script = new MigrationScript("V1__x.sql", ScriptKind.VERSIONED,
                Optional.of(MigrationVersion.parse("1")), "x", sql, inTx);
        ScriptTx tx = TxAnalyzer.analyze(script, statements, PgVersion.DEFAULT, mixed);
        Map<Integer, Integer> steps = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            String text = statements.get(i).sql().text();
            if (text.startsWith(LOG)) {
                int step = Integer.parseInt(text.substring(LOG.length(), text.indexOf(',', LOG.length())));
                steps.put(step, tx.positions().get(i).transaction());
            }
        }
        return steps;
    }

    /** Same partition of steps into transactions: equal numbers on our side exactly where Flyway's xids are equal. */
    static void assertSameGrouping(Map<Integer, Long> theirs, Map<Integer, Integer> ours) {
        assertThat(ours.keySet()).isEqualTo(theirs.keySet());
        for (int a : theirs.keySet()) {
            for (int b : theirs.keySet()) {
                assertThat(ours.get(a).equals(ours.get(b))).as("steps %d and %d share a transaction", a, b)
                        .isEqualTo(theirs.get(a).equals(theirs.get(b)));
            }
        }
    }

    @Test
    void commitInsideTheRunnerTransactionStartsANewOne() throws Exception {
        String sql = log(1) + "\nBEGIN;\n" + log(2) + "\nCOMMIT;\n" + log(3) + "\n" + log(4) + "\nCOMMIT;\n" + log(5) + "\n";
        Map<Integer, Long> theirs = migrate("runner_commit", sql, null, false);
        assertThat(theirs.get(1)).isEqualTo(theirs.get(2)).isNotEqualTo(theirs.get(3));
        assertSameGrouping(theirs, ours(sql, Optional.empty(), false));
    }

    @Test
    void explicitBlocksInAutocommit() throws Exception {
        String sql = log(1) + "\n" + log(2) + "\nBEGIN;\n" + log(3) + "\n" + log(4) + "\nCOMMIT;\n" + log(5) + "\n";
        assertSameGrouping(migrate("autocommit_blocks", sql, "executeInTransaction=false\n", false),
                ours(sql, Optional.of(false), false));
    }

    @Test
    void commitAndChainOpensTheNextTransactionAtOnce() throws Exception {
        String sql = "START TRANSACTION;\n" + log(1) + "\nCOMMIT AND CHAIN;\n" + log(2) + "\n" + log(3)
                + "\nEND;\n" + log(4) + "\n" + log(5) + "\n";
        assertSameGrouping(migrate("chain_autocommit", sql, "executeInTransaction=false\n", false),
                ours(sql, Optional.of(false), false));
        String runner = log(1) + "\nCOMMIT AND CHAIN;\n" + log(2) + "\nSAVEPOINT s;\n" + log(3)
                + "\nRELEASE SAVEPOINT s;\n" + log(4) + "\nCOMMIT WORK AND NO CHAIN;\n" + log(5) + "\n";
        assertSameGrouping(migrate("chain_runner", runner, null, false), ours(runner, Optional.empty(), false));
    }

    @Test
    void mixedScriptRunsStatementByStatement() throws Exception {
        String sql = "CREATE TABLE t (a int);\n" + log(1) + "\nCREATE INDEX CONCURRENTLY i ON t (a);\n" + log(2) + "\n";
        assertSameGrouping(migrate("mixed_true", sql, null, true), ours(sql, Optional.empty(), true));
        assertThat(TxAnalyzer.analyze(MigrationScript.plain("x", sql), read(sql), PgVersion.DEFAULT, false)
                .nonTransactional()).containsExactly(2);
    }

    @Test
    void addValueIsTransactionalForFlywayOnPostgres12AndLater() throws Exception {
        String sql = "CREATE TYPE mood AS ENUM ('a');\n" + log(1) + "\nALTER TYPE mood ADD VALUE 'b';\n" + log(2) + "\n";
        Map<Integer, Long> theirs = migrate("add_value", sql, null, false);
        assertThat(theirs.get(1)).isEqualTo(theirs.get(2));
        ScriptTx tx = TxAnalyzer.analyze(new MigrationScript("V1__x.sql", ScriptKind.VERSIONED,
                Optional.of(MigrationVersion.parse("1")), "x", sql, Optional.empty()), read(sql), PgVersion.DEFAULT, false);
        assertThat(tx.runnerTransaction()).isTrue();
        assertSameGrouping(theirs, ours(sql, Optional.empty(), false));
    }
}
