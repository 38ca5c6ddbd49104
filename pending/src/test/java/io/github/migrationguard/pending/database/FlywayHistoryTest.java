package io.github.migrationguard.pending.database;

import io.github.migrationguard.Secret;
import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.pending.PendingChoice;
import io.github.migrationguard.pending.PendingException;
import io.github.migrationguard.pending.PendingFailure;
import io.github.migrationguard.pending.PendingLookup;
import io.github.migrationguard.pending.PendingMode;
import io.github.migrationguard.pending.PendingResolver;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.FlywaySource;
import io.github.migrationguard.source.SourceSet;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real PostgreSQL 18: V1 and V2 applied by Flyway, V3 left pending. Password authentication is on for every
 * user but the embedded server's own, so wrong credentials fail as they would in production.
 */
class FlywayHistoryTest {

    private static final String PASSWORD = "s3cret-Pa55word";

    @TempDir
    static Path project;
    private static EmbeddedPostgres postgres;
    private static Path migrations;
    private static String url;

    @BeforeAll
    static void database() throws IOException, SQLException {
        Path hba = project.resolve("pg_hba.conf");
        Files.writeString(hba, """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        postgres = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE app LOGIN PASSWORD '" + PASSWORD + "'");
            st.execute("CREATE DATABASE shop OWNER app");
        }
        url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/shop";

        migrations = project.resolve("src/main/resources/db/migration");
        Files.createDirectories(migrations);
        Files.writeString(migrations.resolve("V1__create_orders.sql"),
                "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL);\n");
        Files.writeString(migrations.resolve("V2__create_customers.sql"),
                "CREATE TABLE customers (id bigint PRIMARY KEY);\n");
        Flyway.configure().dataSource(url, "app", PASSWORD).locations("filesystem:" + migrations).load().migrate();
        // Written after the migrate: V3 is what the next deploy will run.
        Files.writeString(migrations.resolve("V3__index_orders.sql"),
                "CREATE INDEX orders_customer_id_idx ON orders (customer_id);\n");
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static SourceSet source() {
        return FlywaySource.scan(project, List.of(), FlywaySettings.defaults()
                .withLocations(List.of("filesystem:src/main/resources/db/migration")));
    }

    private static PendingLookup ask(DatabaseTarget target, FlywaySettings settings) {
        return FlywayHistory.pending(target, settings, List.of(migrations), source().scripts());
    }

    private static DatabaseTarget app(String password) {
        return new DatabaseTarget(url, Optional.of("app"), Optional.of(Secret.of(password)));
    }

    @Test
    void onlyTheUnappliedMigrationIsPendingAndLinted() throws PendingException {
        SourceSet source = source();
        PendingChoice choice = PendingResolver.choose(null, () -> ask(app(PASSWORD), FlywaySettings.defaults()), null,
                PendingFailure.FAIL);

        assertThat(choice.mode()).isEqualTo(PendingMode.DATABASE);
        assertThat(choice.logLines(source.scripts())).containsExactly(
                "Pending set from the database (" + url + ", flyway_schema_history): 1 of 3 migrations:",
                "  src/main/resources/db/migration/V3__index_orders.sql");

        LintResult result = new Engine(EngineConfig.defaults().withScope(choice.scope())).lint(source);
        assertThat(result.findings()).extracting(Finding::file).containsOnly("src/main/resources/db/migration/V3__index_orders.sql");
        assertThat(result.findings()).extracting(Finding::ruleId).contains("require-concurrent-index");
        assertThat(result.summary().files()).isEqualTo(1);
    }

    @Test
    void nothingWasCreatedOrChangedByAsking() throws SQLException {
        ask(app(PASSWORD), FlywaySettings.defaults().withSchemas(List.of("not_there"), Optional.empty(), "history"));

        try (Connection c = postgres.getDatabase("postgres", "shop").getConnection();
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = 'not_there'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void wrongPasswordIsOneLineWithoutThePassword() {
        PendingLookup answer = ask(app("wrong-" + PASSWORD), FlywaySettings.defaults());

        assertThat(answer).isInstanceOf(PendingLookup.Failed.class);
        String message = ((PendingLookup.Failed) answer).message();
        assertThat(message).isEqualTo("pending from the database " + url
                + ": authentication failed as app: check the user and password (or the settings.xml server)");
        assertThat(message).doesNotContain(PASSWORD);
    }

    @Test
    void aPasswordInTheUrlIsMaskedToo() {
        String withPassword = url + "?user=app&password=wrong-" + PASSWORD;
        PendingLookup answer = ask(new DatabaseTarget(withPassword, Optional.empty(), Optional.empty()),
                FlywaySettings.defaults());

        String message = ((PendingLookup.Failed) answer).message();
        assertThat(message).contains("password=****").contains("authentication failed").doesNotContain(PASSWORD);
    }

    @Test
    void unreachableDatabase() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseTarget target = new DatabaseTarget("jdbc:postgresql://localhost:" + closedPort + "/shop",
                Optional.of("app"), Optional.of(Secret.of(PASSWORD)));

        String message = ((PendingLookup.Failed) ask(target, FlywaySettings.defaults())).message();

        assertThat(message).startsWith("pending from the database jdbc:postgresql://localhost:" + closedPort
                + "/shop: cannot connect").doesNotContain(PASSWORD).doesNotContain("\n");
    }

    @Test
    void missingHistoryTable() {
        PendingLookup answer = ask(app(PASSWORD), FlywaySettings.defaults()
                .withSchemas(List.of(), Optional.empty(), "schema_history"));

        assertThat(((PendingLookup.Failed) answer).message()).isEqualTo("no Flyway schema history table"
                + " \"public\".\"schema_history\" at " + url + ": check the schemas and table settings, or migrate"
                + " the database once with Flyway");
    }

    @Test
    void notPostgres() {
        PendingLookup answer = ask(new DatabaseTarget("jdbc:mysql://db/shop", Optional.empty(), Optional.empty()),
                FlywaySettings.defaults());

        assertThat(((PendingLookup.Failed) answer).message()).contains("is not a PostgreSQL JDBC URL");
    }

    @Test
    void targetsPrintWithoutPasswords() {
        assertThat(app(PASSWORD).toString()).isEqualTo(url + " as app").doesNotContain(PASSWORD);
        assertThat(new DatabaseTarget(url + "?password=" + PASSWORD, Optional.empty(), Optional.empty()).toString())
                .doesNotContain(PASSWORD);
    }
}
