package io.github.migrationguard.source.layout;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.Runner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LayoutSourceTest {

    @TempDir
    Path base;

    private void write(String path, String text) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private LayoutSource.Scan read(String dir, Layout layout) {
        return LayoutSource.readPaths(base, List.of(Path.of(dir)), layout, FlywaySettings.defaults());
    }

    @Test
    void prismaFoldersInNameOrderSentWhole() throws IOException {
        write("prisma/migrations/20240102000000_add_email/migration.sql", "ALTER TABLE users ADD COLUMN email text;\n");
        write("prisma/migrations/20240101000000_init/migration.sql", "CREATE TABLE users (id bigint primary key);\n");
        write("prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n");

        LayoutSource.Scan scan = read("prisma/migrations", null);

        assertThat(scan.folders()).singleElement().satisfies(f -> assertThat(f.layout()).isEqualTo(Layout.PRISMA));
        assertThat(scan.source().scripts()).extracting(MigrationScript::path).containsExactly(
                "prisma/migrations/20240101000000_init/migration.sql",
                "prisma/migrations/20240102000000_add_email/migration.sql");
        MigrationScript first = scan.source().scripts().get(0);
        assertThat(first.runner()).isEqualTo(Runner.PRISMA);
        assertThat(first.oneQuery()).isTrue();
        assertThat(first.description()).isEqualTo("init");
        assertThat(first.version().orElseThrow().text()).isEqualTo("20240101000000");
    }

    @Test
    void golangMigrateUpFilesInNumericOrderDownFilesIgnored() throws IOException {
        write("db/10_add_index.up.sql", "CREATE INDEX i ON t (a);\n");
        write("db/10_add_index.down.sql", "DROP INDEX i;\n");
        write("db/9_init.up.sql", "CREATE TABLE t (a int);\n");
        write("db/0011.up.sql", "SELECT 1;\n");
        write("db/readme.up.sql", "SELECT 2;\n");

        LayoutSource.Scan scan = read("db", null);

        assertThat(scan.folders().get(0).layout()).isEqualTo(Layout.GOLANG_MIGRATE);
        assertThat(scan.source().scripts()).extracting(MigrationScript::path)
                .containsExactly("db/9_init.up.sql", "db/10_add_index.up.sql", "db/0011.up.sql");
        assertThat(scan.source().scripts()).allMatch(s -> s.runner() == Runner.GOLANG_MIGRATE && s.oneQuery());
        assertThat(scan.source().diagnostics()).extracting(Diagnostic::file).containsExactly("db/readme.up.sql");
    }

    @Test
    void aFolderHoldingOnlyOneSubFolderIsReadAsThatSubFolder() throws IOException {
        write("harness/postgres/0001_init.up.sql", "CREATE TABLE t (a int);\n");
        write("harness/postgres/0002_index.up.sql", "CREATE INDEX i ON t (a);\n");

        LayoutSource.Scan scan = read("harness", null);

        assertThat(scan.folders().get(0).layout()).isEqualTo(Layout.GOLANG_MIGRATE);
        assertThat(scan.source().scripts()).extracting(MigrationScript::path)
                .containsExactly("harness/postgres/0001_init.up.sql", "harness/postgres/0002_index.up.sql");
    }

    @Test
    void golangMigrateDuplicateVersionIsReportedAndBothAreLinted() throws IOException {
        write("db/1_a.up.sql", "SELECT 1;\n");
        write("db/01_b.up.sql", "SELECT 2;\n");

        LayoutSource.Scan scan = read("db", Layout.GOLANG_MIGRATE);

        assertThat(scan.source().scripts()).extracting(MigrationScript::path).containsExactly("db/01_b.up.sql", "db/1_a.up.sql");
        assertThat(scan.source().diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("two migrations with version 1"));
    }

    @Test
    void dieselReadsRunInTransactionFromMetadata() throws IOException {
        write("migrations/2024-01-01-000000_init/up.sql", "CREATE TABLE t (a int);\n");
        write("migrations/2024-01-01-000000_init/down.sql", "DROP TABLE t;\n");
        write("migrations/2024-02-01-000000_index/up.sql", "CREATE INDEX CONCURRENTLY i ON t (a);\n");
        write("migrations/2024-02-01-000000_index/metadata.toml", "run_in_transaction = false # needed\n");

        LayoutSource.Scan scan = read("migrations", null);

        assertThat(scan.folders().get(0).layout()).isEqualTo(Layout.DIESEL);
        assertThat(scan.source().scripts()).extracting(MigrationScript::executeInTransaction)
                .containsExactly(Optional.empty(), Optional.of(false));
        assertThat(scan.source().scripts().get(1).version().orElseThrow().text()).isEqualTo("20240201000000");
    }

    @Test
    void liquibaseChangesetsKeepTheFileLinesAndTheirAttributes() throws IOException {
        write("changelog/001.sql", """
                --liquibase formatted sql

                --changeset alice:1
                CREATE TABLE t (a int);
                --rollback DROP TABLE t;

                --changeset bob:2 runInTransaction:false splitStatements:false
                CREATE INDEX CONCURRENTLY i ON t (a);
                """);

        LayoutSource.Scan scan = read("changelog", null);

        assertThat(scan.folders().get(0).layout()).isEqualTo(Layout.LIQUIBASE);
        List<MigrationScript> scripts = scan.source().scripts();
        assertThat(scripts).extracting(MigrationScript::description)
                .containsExactly("changeset alice:1", "changeset bob:2");
        assertThat(scripts).allMatch(s -> s.path().equals("changelog/001.sql") && s.runner() == Runner.LIQUIBASE);
        assertThat(scripts.get(0).executeInTransaction()).isEmpty();
        assertThat(scripts.get(0).oneQuery()).isFalse();
        assertThat(scripts.get(1).executeInTransaction()).contains(false);
        assertThat(scripts.get(1).oneQuery()).isTrue();
        // Same line numbers as the file: the other changeset's lines are blank.
        String[] second = scripts.get(1).text().split("\n", -1);
        assertThat(second[7]).isEqualTo("CREATE INDEX CONCURRENTLY i ON t (a);");
        assertThat(second[3]).isEmpty();
        assertThat(scripts.get(0).text().split("\n", -1)[3]).isEqualTo("CREATE TABLE t (a int);");
    }

    @Test
    void liquibaseBadAttributeIsADiagnosticWithItsLine() throws IOException {
        write("changelog/001.sql", "--liquibase formatted sql\n--changeset a:1 runInTransaction:maybe\nSELECT 1;\n");

        LayoutSource.Scan scan = read("changelog", Layout.LIQUIBASE);

        assertThat(scan.source().diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.toString()).isEqualTo(
                        "changelog/001.sql:2:0: runInTransaction must be true or false, not 'maybe'"));
    }

    @Test
    void flywayFolderStaysFlywayAndPlainFolderIsPlain() throws IOException {
        write("flyway/V1__init.sql", "CREATE TABLE t (a int);\n");
        write("scripts/setup.sql", "SELECT 1;\n");

        LayoutSource.Scan scan = LayoutSource.readPaths(base, List.of(Path.of("flyway"), Path.of("scripts")), null,
                FlywaySettings.defaults());

        assertThat(scan.folders()).extracting(LayoutSource.FolderLayout::layout)
                .containsExactly(Layout.FLYWAY, Layout.PLAIN);
        assertThat(scan.source().scripts()).extracting(MigrationScript::runner)
                .containsExactly(Runner.FLYWAY, Runner.PLAIN);
    }

    @Test
    void aNamedLayoutWinsOverDetection() throws IOException {
        write("db/1_init.up.sql", "SELECT 1;\n");

        LayoutSource.Scan scan = read("db", Layout.PLAIN);

        assertThat(scan.folders().get(0).reason()).isEqualTo("configured");
        assertThat(scan.source().scripts()).singleElement().satisfies(s -> assertThat(s.runner()).isEqualTo(Runner.PLAIN));
    }

    @Test
    void templatesGiveOneDiagnosticPerFile() throws IOException {
        write("db/1_init.up.sql", "CREATE SCHEMA IF NOT EXISTS {{ index .Options \"Namespace\" }};\nSELECT 1;\n");

        LayoutSource.Scan scan = read("db", null);

        assertThat(scan.source().diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("render the template"));
    }

    @Test
    void pluginLocationsAreResolvedAndMissingOnesReported() throws IOException {
        write("src/main/resources/db/migration/1_init.up.sql", "SELECT 1;\n");
        FlywaySettings settings = FlywaySettings.defaults()
                .withLocations(List.of("classpath:db/migration", "filesystem:nowhere"));

        LayoutSource.Scan scan = LayoutSource.scanLocations(base, List.of(Path.of("src/main/resources")), settings, null);

        assertThat(scan.folders()).extracting(LayoutSource.FolderLayout::folder)
                .containsExactly("src/main/resources/db/migration");
        assertThat(scan.source().scripts()).singleElement()
                .satisfies(s -> assertThat(s.runner()).isEqualTo(Runner.GOLANG_MIGRATE));
        assertThat(scan.source().diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("filesystem:nowhere: migration location not found");
    }

    @Test
    void layoutNames() {
        assertThat(Layout.parseOrAuto("golang_migrate")).isEqualTo(Layout.GOLANG_MIGRATE);
        assertThat(Layout.parseOrAuto("auto")).isNull();
        assertThat(Layout.parseOrAuto(null)).isNull();
        assertThatThrownBy(() -> Layout.parseOrAuto("rails")).hasMessageContaining("use auto, flyway, prisma");
    }
}
