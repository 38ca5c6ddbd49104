package io.github.migrationguard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The check command's layout and pending-set options, in-process. */
class CliPendingTest {

    private static final String PASSWORD = "Env-Secret-42";

    @TempDir
    Path workingDir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(workingDir, Map.of("MIGRATION_GUARD_PASSWORD", PASSWORD));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private void write(String path, String text) throws IOException {
        Path file = workingDir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(output).isZero();
    }

    @Test
    void golangMigrateFolderIsDetectedAndItsImplicitTransactionKnown() throws IOException {
        write("migrations/0001_init.up.sql", "CREATE TABLE t (a int);\nCREATE INDEX CONCURRENTLY t_a ON t (a);\n");

        Run r = run("check", "migrations");

        assertThat(r.err()).contains("Migrations in migrations: golang-migrate (detected: *.up.sql files)");
        assertThat(r.out()).contains("concurrently-in-transaction");
        assertThat(r.exitCode()).isEqualTo(Main.FINDINGS);
    }

    @Test
    void aNamedLayoutWins() throws IOException {
        write("migrations/0001_init.up.sql", "CREATE TABLE t (a int);\nCREATE INDEX CONCURRENTLY t_a ON t (a);\n");

        Run r = run("check", "--layout", "plain", "migrations");

        assertThat(r.err()).contains("plain (configured)");
        assertThat(r.out()).doesNotContain("concurrently-in-transaction");
    }

    @Test
    void anUnknownLayoutIsAUsageError() {
        Run r = run("check", "--layout", "rails", "db");
        assertThat(r.exitCode()).isEqualTo(Main.USAGE);
    }

    @Test
    void gitBaseLintsTheAddedMigrationAndReportsTheEditedOne() throws Exception {
        write("db/V1__customers.sql", "CREATE TABLE customers (id bigint PRIMARY KEY);\n");
        git("init", "-q", "-b", "main");
        git("config", "user.email", "dev@example.com");
        git("config", "user.name", "Dev");
        git("add", ".");
        git("-c", "commit.gpgsign=false", "commit", "-q", "-m", "base");
        write("db/V1__customers.sql", "CREATE TABLE customers (id bigint PRIMARY KEY, email text);\n");
        write("db/V2__index.sql", "CREATE INDEX customers_email_idx ON customers (email);\n");

        Run r = run("check", "--git-base", "main", "db");

        assertThat(r.err()).contains("Pending set from the git base (main, merge-base").contains("  db/V2__index.sql");
        assertThat(r.out()).contains("db/V1__customers.sql").contains("modified-applied-migration")
                .contains("require-concurrent-index");
        assertThat(r.exitCode()).isEqualTo(Main.FINDINGS);
    }

    @Test
    void anUnreachableDatabaseFailsWithOneLineAndNoPassword() throws IOException {
        write("db/V1__customers.sql", "CREATE TABLE customers (id bigint PRIMARY KEY);\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        Run r = run("check", "--url", "jdbc:postgresql://localhost:" + port + "/shop", "--user", "app",
                "--pending-failure", "fail", "db");

        assertThat(r.exitCode()).isEqualTo(Main.USAGE);
        assertThat(r.err()).startsWith("migration-guard: pending from the database jdbc:postgresql://localhost:" + port
                + "/shop: cannot connect").contains("(pendingFailure=fail)").doesNotContain(PASSWORD);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnreachableDatabaseWithLintAllWarnsAndLintsEverything() throws IOException {
        write("db/V1__customers.sql", "CREATE TABLE customers (id bigint PRIMARY KEY);\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        Run r = run("check", "--url", "jdbc:postgresql://localhost:" + port + "/shop", "--password", PASSWORD, "db");

        assertThat(r.exitCode()).isEqualTo(Main.OK);
        assertThat(r.err()).contains("warning: pending from the database").contains("going on without the database")
                .doesNotContain(PASSWORD);
    }
}
