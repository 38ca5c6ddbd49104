package io.github.migrationguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the command line in-process. The migrations hold statements no frontend can read, so
 * {@code unanalyzed-statement} (info by default) is the finding to count on whatever rules exist.
 */
class CliTest {

    @TempDir
    Path workingDir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(workingDir);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void migrations() throws IOException {
        Path dir = Files.createDirectories(workingDir.resolve("db/migration"));
        Files.writeString(dir.resolve("V1__gibberish.sql"), "FROB THE WIDGET;\n");
        Files.writeString(dir.resolve("V2__more.sql"), "FROB ANOTHER WIDGET;\n");
    }

    @Test
    void findingsBelowFailOnExitZeroWithPathsRelativeToTheWorkingDirectory() {
        Run r = run("check", "db/migration");

        assertThat(r.exitCode()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("db/migration/V1__gibberish.sql:1:1: info unanalyzed-statement ")
                .contains("db/migration/V2__more.sql:1:1: info unanalyzed-statement ");
        assertThat(r.out().strip().lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("Migration Guard: 2 files, 2 statements");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void findingsAtOrAboveFailOnExitOne() {
        assertThat(run("check", "--fail-on", "info", "db/migration").exitCode()).isEqualTo(Main.FINDINGS);
        assertThat(run("check", "--rule", "unanalyzed-statement=error", "db/migration/V1__gibberish.sql").exitCode())
                .isEqualTo(Main.FINDINGS);
    }

    @Test
    void tenantColumnOptionDecidesWhichTablesNeedRowLevelSecurity() throws IOException {
        Files.writeString(workingDir.resolve("V9__accounts.sql"), "CREATE TABLE accounts (id bigint PRIMARY KEY, org_id bigint);\n");

        assertThat(run("check", "V9__accounts.sql").out()).doesNotContain("tenant-table-without-rls");
        assertThat(run("check", "--tenant-column", "org_id", "V9__accounts.sql").out())
                .contains("V9__accounts.sql:1:1: info tenant-table-without-rls ");
    }

    @Test
    void ruleTurnedOffReportsNothing() {
        Run r = run("check", "--fail-on", "info", "--rule", "unanalyzed-statement=off", "db/migration");

        assertThat(r.exitCode()).isEqualTo(Main.OK);
        assertThat(r.out()).doesNotContain("unanalyzed-statement");
    }

    @Test
    void jsonReportFollowsTheDesignedShape() throws IOException {
        Run r = run("check", "--format", "json", "db/migration/V1__gibberish.sql");

        assertThat(r.exitCode()).isEqualTo(Main.OK);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/tool/name").asText()).isEqualTo("migration-guard");
        assertThat(json.at("/tool/version").asText()).isNotBlank().isNotEqualTo("unknown");
        JsonNode finding = json.at("/findings/0");
        assertThat(finding.get("ruleId").asText()).isEqualTo("unanalyzed-statement");
        assertThat(finding.get("severity").asText()).isEqualTo("info");
        assertThat(finding.get("file").asText()).isEqualTo("db/migration/V1__gibberish.sql");
        assertThat(finding.get("line").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/files").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/findings/info").asInt()).isEqualTo(1);
    }

    @Test
    void outputOptionWritesTheReportAndPrintsTheSummary() throws IOException {
        Run r = run("check", "--format", "json", "--output", "build/report.json", "db/migration");

        assertThat(r.exitCode()).isEqualTo(Main.OK);
        assertThat(r.out().strip()).startsWith("Migration Guard: 2 files").doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(workingDir.resolve("build/report.json").toFile());
        assertThat(json.at("/findings")).hasSize(2);
    }

    @Test
    void sinceLintsOnlyThePendingMigrationsAndReplaysTheRest() throws IOException {
        Path dir = Files.createDirectories(workingDir.resolve("db/orders"));
        Files.writeString(dir.resolve("V1__create.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);\n");
        Files.writeString(dir.resolve("V2__index.sql"), "CREATE INDEX orders_customer_idx ON orders (customer_id);\n");

        Run oneDeployment = run("check", "--since", "0", "--rule", "lock-timeout=off", "db/orders");
        assertThat(oneDeployment.out()).doesNotContain("require-concurrent-index").contains("2 files");

        Run afterV1 = run("check", "--since", "1", "--rule", "lock-timeout=off", "db/orders");
        assertThat(afterV1.exitCode()).isEqualTo(Main.FINDINGS);
        assertThat(afterV1.out()).contains("V2__index.sql").contains("require-concurrent-index")
                .contains("1 file, 1 earlier script replayed");
        assertUsageError(run("check", "--since", "V1", "db/orders"), "Invalid version 'V1'");
    }

    @Test
    void badInputBecomesDiagnosticsWithTheirPlaceNeverAStackTrace() throws IOException {
        Path dir = Files.createDirectories(workingDir.resolve("db/bad"));
        Files.writeString(dir.resolve("V1__quote.sql"), "CREATE TABLE t (a int);\nSELECT 'abc;\n");
        Files.write(dir.resolve("V2__image.sql"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13,
                'I', 'H', 'D', 'R', 0, 0, 1, 0, (byte) 0xFF, (byte) 0xFE});
        Files.writeString(dir.resolve("V3__template.sql"), "CREATE TABLE {{ schema }}.t (a int);\n");
        Files.write(dir.resolve("V4__wide.sql"), "CREATE TABLE w (a int);\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        Files.writeString(dir.resolve("V5__empty.sql"), "  \n");
        Files.writeString(dir.resolve("V6__copy.sql"), "CREATE TABLE c (a int);\nCOPY c (a) FROM STDIN;\n1\n");
        Files.writeString(dir.resolve("V7__nul.sql"), "CREATE TABLE n (a int);\nSELECT 1\0;\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);

        Run r = run("check", "db/bad");

        assertThat(r.exitCode()).as(r.out()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("db/bad/V1__quote.sql:2:8: diagnostic unterminated string literal")
                .contains("db/bad/V2__image.sql: diagnostic binary file, not linted")
                .contains("db/bad/V3__template.sql:1:1: diagnostic template syntax at line 1")
                .contains("db/bad/V4__wide.sql: diagnostic the file is UTF-16LE without a byte order mark")
                .contains("db/bad/V6__copy.sql:2:1: diagnostic COPY")
                .contains("db/bad/V7__nul.sql:2:9: diagnostic unexpected character U+0000")
                .contains("db/bad/sub/loop: diagnostic cannot read: symbolic link loop")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(workingDir.toString());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void badConfigurationExitsTwoWithOneLine() {
        assertUsageError(run("check", "--rule", "unanalyzed-statment=off", "db/migration"),
                "Unknown rule id 'unanalyzed-statment': did you mean unanalyzed-statement?");
        assertUsageError(run("check", "--rule", "unanalyzed-statement=fatal", "db/migration"), "Unknown severity 'fatal'");
        assertUsageError(run("check", "--rule", "unanalyzed-statement", "db/migration"), "--rule");
        assertUsageError(run("check", "--pg-version", "9.6", "db/migration"), "Unsupported PostgreSQL version '9.6'");
        assertUsageError(run("check", "--fail-on", "sometimes", "db/migration"), "Unknown severity 'sometimes'");
        assertUsageError(run("check", "--format", "xml", "db/migration"), "--format");
        assertUsageError(run("check", "no/such/dir"), "No such file or directory: no/such/dir");
        assertUsageError(run("check"), "PATH");
        assertUsageError(run("check", "--no-such-option", "db/migration"), "--no-such-option");
        assertUsageError(run(), "Missing command");
    }

    private static void assertUsageError(Run r, String expected) {
        assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains(expected).startsWith("migration-guard: ");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void rulesListsEveryRuleInAlignedColumns() {
        Run r = run("rules");

        assertThat(r.exitCode()).isEqualTo(Main.OK);
        String[] lines = r.out().split("\\R");
        assertThat(lines[0]).matches("ID +DEFAULT +CATEGORY +TITLE");
        int defaultColumn = lines[0].indexOf("DEFAULT");
        assertThat(r.out()).contains("unanalyzed-statement").contains("unused-suppression");
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i].charAt(defaultColumn - 1)).as(lines[i]).isEqualTo(' ');
            assertThat(lines[i].charAt(defaultColumn)).as(lines[i]).isNotEqualTo(' ');
        }
        assertThat(r.out()).containsPattern("unused-suppression +warning +meta +\\S");
    }

    @Test
    void explainPrintsTheRulePage() {
        Run r = run("explain", "unused-suppression");

        assertThat(r.exitCode()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("unused-suppression").containsIgnoringCase("suppress");
    }

    @Test
    void explainOfUnknownIdListsCloseIds() {
        assertUsageError(run("explain", "unused-supresion"),
                "Unknown rule id 'unused-supresion': did you mean unused-suppression?");
    }

    @Test
    void versionIsTheProjectVersion() {
        Run r = run("--version");

        assertThat(r.exitCode()).isEqualTo(Main.OK);
        assertThat(r.out().strip()).matches("migration-guard \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
