package io.github.migrationguard.pending;

import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.FlywaySource;
import io.github.migrationguard.source.SourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A real git repository in a temporary folder: what GitBase finds, and the rule that reports it. */
class GitBaseTest {

    private static final String DIR = "src/main/resources/db/migration/";

    @TempDir
    Path repo;

    private void git(Path dir, String... args) throws IOException {
        GitCommand.Output out = new GitCommand(dir).run(args);
        assertThat(out.exitCode()).as("git " + String.join(" ", args) + ": " + out.stderr()).isZero();
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @BeforeEach
    void history() throws IOException {
        git(repo, "init", "-q", "-b", "main");
        git(repo, "config", "user.email", "dev@example.com");
        git(repo, "config", "user.name", "Dev");
        git(repo, "config", "commit.gpgsign", "false");
        write(DIR + "V1__create_customers.sql", "CREATE TABLE customers (id bigint PRIMARY KEY);\n");
        write(DIR + "V2__create_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "base");
        git(repo, "branch", "base");
        git(repo, "checkout", "-q", "-b", "feature");
        write(DIR + "V2__create_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\n");
        write(DIR + "V3__index_orders.sql", "CREATE INDEX orders_total_idx ON orders (total);\n");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "feature");
        write(DIR + "V4__untracked.sql", "ALTER TABLE orders ADD COLUMN note text;\n");
    }

    @Test
    void addedFilesArePendingAndEditedOnesModified() {
        GitBase.Result result = GitBase.compare(repo, "base");

        assertThat(result).isInstanceOf(GitBase.Result.Compared.class);
        GitChanges changes = ((GitBase.Result.Compared) result).changes();
        assertThat(changes.added()).containsExactlyInAnyOrder(DIR + "V3__index_orders.sql", DIR + "V4__untracked.sql");
        assertThat(changes.modified()).containsExactly(DIR + "V2__create_orders.sql");
    }

    @Test
    void modifiedAppliedMigrationIsReportedAndOnlyTheAddedOnesAreLinted() throws PendingException {
        SourceSet source = FlywaySource.scan(repo, List.of(), FlywaySettings.defaults()
                .withLocations(List.of("filesystem:" + DIR)));
        GitChanges changes = ((GitBase.Result.Compared) GitBase.compare(repo, "base")).changes();
        PendingChoice choice = PendingResolver.choose(null, null, () -> changes.pending(source.scripts()),
                PendingFailure.FAIL);
        EngineConfig config = EngineConfig.defaults().withScope(choice.scope()).withSettings(EngineConfig.defaults()
                .settings().withModifiedMigrations(changes.modifiedMigrations(source.scripts())));

        LintResult result = new Engine(config).lint(source);

        assertThat(choice.mode()).isEqualTo(PendingMode.GIT);
        assertThat(choice.logLines(source.scripts())).containsExactly(
                "Pending set from the git base (base, merge-base " + changes.mergeBase().substring(0, 12)
                        + "): 2 of 4 migrations:",
                "  " + DIR + "V3__index_orders.sql",
                "  " + DIR + "V4__untracked.sql");
        // V2 is not pending, so only the git rule speaks about it; V3's index is on a table of an applied script.
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::file).contains(
                org.assertj.core.groups.Tuple.tuple("require-concurrent-index", DIR + "V3__index_orders.sql"));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("modified-applied-migration"))
                .extracting(Finding::file).containsExactly(DIR + "V2__create_orders.sql");
    }

    @Test
    void aMissingRefSaysSo() {
        GitBase.Result result = GitBase.compare(repo, "origin/main");

        assertThat(result).isInstanceOf(GitBase.Result.Failed.class);
        assertThat(((GitBase.Result.Failed) result).message())
                .isEqualTo("gitBase origin/main not found: fetch it (e.g. git fetch origin) or name an existing branch,"
                        + " tag or commit");
    }

    @Test
    void aShallowCloneSaysHowToFetchMoreHistory(@TempDir Path elsewhere) throws IOException {
        Path clone = elsewhere.resolve("clone");
        git(elsewhere, "clone", "-q", "--depth", "1", "--branch", "feature", repo.toUri().toString(), clone.toString());

        GitBase.Result result = GitBase.compare(clone, "origin/base");

        assertThat(result).isInstanceOf(GitBase.Result.Failed.class);
        assertThat(((GitBase.Result.Failed) result).message()).contains("shallow clone").contains("--unshallow");
    }

    @Test
    void notARepository(@TempDir Path plain) {
        GitBase.Result result = GitBase.compare(plain, "origin/main");

        assertThat(((GitBase.Result.Failed) result).message()).contains("not in a git work tree");
    }
}
