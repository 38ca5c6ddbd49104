package io.github.migrationguard.cli;

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

/** The CI formats, the baseline command and the path options, run in-process. */
class CiOptionsTest {

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
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @BeforeEach
    void migrations() throws IOException {
        Path dir = Files.createDirectories(workingDir.resolve("db"));
        Files.writeString(dir.resolve("V1__create.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY, code text);\n");
        Files.writeString(dir.resolve("V2__drop.sql"), "ALTER TABLE orders DROP COLUMN code;\n");
    }

    @Test
    void everyFormatByName() throws Exception {
        assertThat(new ObjectMapper().readTree(run("check", "--format", "sarif", "db").out())
                .at("/runs/0/results/0/ruleId").asText()).isEqualTo("drop-column");
        assertThat(run("check", "--format", "junit", "db").out()).contains("<testsuite ", "<failure type=\"drop-column\"");
        assertThat(run("check", "--format", "checkstyle", "db").out()).contains("source=\"migration-guard.drop-column\"");
        assertThat(run("check", "--format", "gitlab", "db").out()).contains("\"check_name\": \"drop-column\"");
        assertThat(run("check", "--format", "markdown", "db").out()).contains("# Migration Guard review");
        assertThat(run("check", "--format", "github", "db").out()).startsWith("::error file=db/V2__drop.sql,line=1,");
        assertThat(run("check", "--format", "pdf", "db").exitCode()).isEqualTo(Main.USAGE);
    }

    @Test
    void baselineThenCheckGatesOnlyNewFindingsAndReportsStaleOnes() throws Exception {
        Run written = run("baseline", "db");
        assertThat(written.exitCode()).isEqualTo(Main.OK);
        assertThat(written.out()).contains("Wrote 2 findings to migration-guard-baseline.json");
        assertThat(workingDir.resolve("migration-guard-baseline.json")).exists();

        Run accepted = run("check", "--baseline", "migration-guard-baseline.json", "db");
        assertThat(accepted.exitCode()).isEqualTo(Main.OK);
        assertThat(accepted.out()).contains("0 errors", "Baseline migration-guard-baseline.json: 2 accepted, 0 stale");

        Files.writeString(workingDir.resolve("db/V2__drop.sql"), "SELECT 1;\n");
        Files.writeString(workingDir.resolve("db/V3__truncate.sql"), "TRUNCATE orders;\n");
        Run next = run("check", "--baseline", "migration-guard-baseline.json", "db");
        assertThat(next.exitCode()).isEqualTo(Main.FINDINGS);
        assertThat(next.out()).contains("error truncate", "0 accepted, 2 stale",
                "stale baseline entry: drop-column in db/V2__drop.sql:1");
    }

    @Test
    void excludesAndPathRules() {
        assertThat(run("check", "--exclude", "**/V2__*.sql", "db").exitCode()).isEqualTo(Main.OK);
        Run info = run("check", "--path-rule", "db/V2*:drop-column=info", "db");
        assertThat(info.exitCode()).isEqualTo(Main.OK);
        assertThat(info.out()).contains("info drop-column");
        Run bad = run("check", "--path-rule", "drop-column=info", "db");
        assertThat(bad.exitCode()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("GLOB:RULE-ID=SEVERITY");
    }

    @Test
    void aBrokenBaselineIsAUsageError() throws IOException {
        Files.writeString(workingDir.resolve("b.json"), "{ not json");
        Run r = run("check", "--baseline", "b.json", "db");
        assertThat(r.exitCode()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("b.json", "line 1");
    }
}
