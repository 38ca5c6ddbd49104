package io.github.migrationguard.tx;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.MigrationVersion;
import io.github.migrationguard.source.Runner;
import io.github.migrationguard.source.ScriptKind;
import io.github.migrationguard.sql.StatementReader;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runners that send a file as one query string (Prisma, golang-migrate): PostgreSQL 18 runs it as one simple query,
 * and {@code txid_current()} shows which statements share a transaction; ours must group them the same way, and
 * a {@code BEGIN} there must not warn (so {@code transaction-nesting} is right not to flag it).
 */
class TxImplicitBlockPostgresTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE txlog (step int, xid bigint)");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres") + "&preferQueryMode=simple");
    }

    private static String log(int step) {
        return "INSERT INTO txlog VALUES (" + step + ", txid_current());";
    }

    /** Sends the script as one query string; returns each step's transaction, and the warnings it raised. */
    private static Map<Integer, Long> run(String sql, List<String> warnings) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE txlog");
            s.execute(sql);
            for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                warnings.add(w.getMessage());
            }
            Map<Integer, Long> steps = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT step, xid FROM txlog ORDER BY step")) {
                while (rs.next()) {
                    steps.put(rs.getInt(1), rs.getLong(2));
                }
            }
            return steps;
        }
    }

    private static Map<Integer, Integer> ours(String sql) {
        List<AnalyzedStatement> statements = StatementReader.read(sql).statements();
        MigrationScript script = new MigrationScript("20240101000000_x/migration.sql", ScriptKind.VERSIONED,
                Optional.of(MigrationVersion.parse("20240101000000")), "x", sql, Optional.empty(), Runner.PRISMA, true);
        ScriptTx tx = TxAnalyzer.analyze(script, statements, PgVersion.DEFAULT, false);
        assertThat(tx.implicitBlock()).isTrue();
        Map<Integer, Integer> steps = new LinkedHashMap<>();
        for (AnalyzedStatement s : statements) {
            String text = s.sql().text();
            if (text.startsWith("INSERT INTO txlog VALUES (")) {
                steps.put(Integer.parseInt(text.substring(26, text.indexOf(','))), tx.positions().get(s.index()).transaction());
            }
        }
        return steps;
    }

    @Test
    void beginJoinsTheImplicitBlockSilentlyAndCommitStartsANewOne() throws SQLException {
        String sql = log(1) + "\nBEGIN;\n" + log(2) + "\nCOMMIT;\n" + log(3) + "\n" + log(4)
                + "\nSTART TRANSACTION;\n" + log(5) + "\nCOMMIT AND CHAIN;\n" + log(6) + "\nEND;\n";
        List<String> warnings = new ArrayList<>();
        Map<Integer, Long> theirs = run(sql, warnings);

        assertThat(warnings).isEmpty();
        assertThat(theirs.get(1)).isEqualTo(theirs.get(2)).isNotEqualTo(theirs.get(3));
        TxFlywayOracleTest.assertSameGrouping(theirs, ours(sql));
    }
}
