package io.github.migrationguard.source;

import io.github.migrationguard.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FlywaySourceTest {

    @TempDir
    Path base;

    private void write(String path, String text) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private SourceSet scanDefault() {
        return FlywaySource.scan(base, List.of(), FlywaySettings.defaults());
    }

    @Test
    void ordersVersionsThenRepeatablesAcrossNestedFolders() throws IOException {
        String dir = "src/main/resources/db/migration/";
        write(dir + "R__b_views.sql", "SELECT 1;");
        write(dir + "R__a_functions.sql", "SELECT 1;");
        write(dir + "sub/deeper/V10__ten.sql", "SELECT 10;");
        write(dir + "V2__two.sql", "SELECT 2;");
        write(dir + "V1.1__one_one.sql", "SELECT 11;");
        write(dir + "README.md", "docs");
        SourceSet set = scanDefault();
        assertThat(set.scripts()).extracting(MigrationScript::path).containsExactly(
                dir + "V1.1__one_one.sql", dir + "V2__two.sql", dir + "sub/deeper/V10__ten.sql",
                dir + "R__a_functions.sql", dir + "R__b_views.sql");
        assertThat(set.scripts().get(0).description()).isEqualTo("one one");
        assertThat(set.scripts().get(0).text()).isEqualTo("SELECT 11;");
        assertThat(set.diagnostics()).isEmpty();
    }

    @Test
    void undoScriptsComeAfterTheChainNewestFirst() throws IOException {
        // U scripts roll back a deploy; replayed in the chain, U1's DROP would hide t from V2
        String dir = "src/main/resources/db/migration/";
        write(dir + "V1__t.sql", "CREATE TABLE t (a int);");
        write(dir + "U1__t.sql", "DROP TABLE t;");
        write(dir + "V2__i.sql", "CREATE INDEX i ON t (a);");
        write(dir + "U2__i.sql", "DROP INDEX i;");
        write(dir + "R__v.sql", "CREATE OR REPLACE VIEW v AS SELECT a FROM t;");
        assertThat(scanDefault().scripts()).extracting(MigrationScript::path).containsExactly(
                dir + "V1__t.sql", dir + "V2__i.sql", dir + "R__v.sql", dir + "U2__i.sql", dir + "U1__t.sql");
    }

    @Test
    void aFolderLinkLoopIsReportedOnceAndTheRestRead() throws IOException {
        // Flyway walks such a loop until the path is too long and then refuses duplicate versions
        String dir = "src/main/resources/db/migration/";
        write(dir + "V1__a.sql", "SELECT 1;");
        write(dir + "sub/V2__b.sql", "SELECT 2;");
        Files.createSymbolicLink(base.resolve(dir + "sub/back"), base.resolve(dir));
        SourceSet set = scanDefault();
        assertThat(set.scripts()).extracting(MigrationScript::path).containsExactly(dir + "V1__a.sql", dir + "sub/V2__b.sql");
        assertThat(set.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(dir + "sub/back");
            assertThat(d.message()).isEqualTo("cannot read: symbolic link loop");
        });
    }

    @Test
    void readsScriptConf() throws IOException {
        String dir = "src/main/resources/db/migration/";
        write(dir + "V1__idx.sql", "CREATE INDEX CONCURRENTLY i ON t (a);");
        write(dir + "V1__idx.sql.conf", "executeInTransaction=false\n");
        write(dir + "V2__latin.sql", "");
        Files.write(base.resolve(dir + "V2__latin.sql"), "SELECT 'é';".getBytes(StandardCharsets.ISO_8859_1));
        write(dir + "V2__latin.sql.conf", "encoding=ISO-8859-1\nplaceholderReplacement=false\n");
        write(dir + "V3__skipped.sql", "SELECT 3;");
        write(dir + "V3__skipped.sql.conf", "shouldExecute=false\n");
        write(dir + "V4__bad.sql", "SELECT 4;");
        write(dir + "V4__bad.sql.conf", "executeInTransaction=maybe\nmixed=true\n");
        SourceSet set = scanDefault();
        assertThat(set.scripts()).extracting(MigrationScript::path)
                .containsExactly(dir + "V1__idx.sql", dir + "V2__latin.sql", dir + "V4__bad.sql");
        assertThat(set.scripts().get(0).executeInTransaction()).contains(false);
        assertThat(set.scripts().get(1).executeInTransaction()).isEmpty();
        assertThat(set.scripts().get(1).text()).isEqualTo("SELECT 'é';");
        assertThat(set.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("shouldExecute=false"))
                .anyMatch(m -> m.contains("executeInTransaction must be true or false"))
                .anyMatch(m -> m.contains("unknown script configuration property 'mixed'"));
    }

    @Test
    void reportsMalformedNamesAndDuplicates() throws IOException {
        String dir = "db/";
        write(dir + "V1__a.sql", "SELECT 1;");
        write(dir + "other/V1.0__b.sql", "SELECT 1;");
        write(dir + "V1_init.sql", "SELECT 1;");
        write(dir + "v2__lower.sql", "SELECT 1;");
        write(dir + "R__same.sql", "SELECT 1;");
        write(dir + "x/R__same.sql", "SELECT 1;");
        SourceSet set = FlywaySource.scan(base, List.of(), FlywaySettings.defaults().withLocations(List.of("filesystem:db")));
        assertThat(set.diagnostics()).extracting(Diagnostic::file, d -> d.message().substring(0, 20)).contains(
                org.assertj.core.groups.Tuple.tuple("db/V1_init.sql", "not run by Flyway: '"),
                org.assertj.core.groups.Tuple.tuple("db/v2__lower.sql", "not run by Flyway: p"));
        assertThat(set.diagnostics()).extracting(Diagnostic::message)
                .anyMatch(m -> m.startsWith("found more than one migration with version 1.0"))
                .anyMatch(m -> m.startsWith("found more than one repeatable migration with description 'same'"));
    }

    @Test
    void classpathLocationsAndUnprefixedOnes() throws IOException {
        write("src/main/resources/db/migration/V1__a.sql", "SELECT 1;");
        write("src/main/resources/db/extra/V2__b.sql", "SELECT 2;");
        write("sql/V3__c.sql", "SELECT 3;");
        SourceSet set = FlywaySource.scan(base, List.of(Path.of("src/main/resources")), FlywaySettings.defaults()
                .withLocations(List.of("classpath:db/migration", "db/extra", "sql", "classpath:missing")));
        assertThat(set.scripts()).extracting(MigrationScript::path).containsExactly(
                "src/main/resources/db/migration/V1__a.sql", "src/main/resources/db/extra/V2__b.sql", "sql/V3__c.sql");
        assertThat(set.diagnostics()).containsExactly(Diagnostic.ofFile("classpath:missing", "migration location not found"));
    }

    @Test
    void placeholdersTemplatesAndBinaryFiles() throws IOException {
        write("db/V1__p.sql", "CREATE TABLE ${schema}.t ();\nSELECT '${missing}';");
        write("db/V2__tpl.sql", "SELECT 1;\nCREATE TABLE {{ .Name }} ();");
        Files.write(base.resolve("db/V3__bin.sql"), new byte[] {1, 2, 0, 4});
        SourceSet set = FlywaySource.scan(base, List.of(), FlywaySettings.defaults()
                .withLocations(List.of("filesystem:db")).withPlaceholders(Map.of("schema", "app"), "${", "}"));
        assertThat(set.scripts()).extracting(MigrationScript::path).containsExactly("db/V1__p.sql", "db/V2__tpl.sql");
        assertThat(set.scripts().get(0).text()).startsWith("CREATE TABLE app.t");
        assertThat(set.unresolvedPlaceholders()).containsExactly(
                new UnresolvedPlaceholder("db/V1__p.sql", 2, 9, "missing"));
        assertThat(set.diagnostics()).containsExactly(
                new Diagnostic("db/V2__tpl.sql", 2, 0, "template syntax at line 2: linted as written, a {{ … }} value standing for a name; "
                        + "statements with other template syntax are not analysed; render the template before linting for an "
                        + "exact result"),
                Diagnostic.ofFile("db/V3__bin.sql", "binary file, not linted"));
    }

    @Test
    void placeholderReplacementOffLeavesTextAlone() throws IOException {
        write("db/V1__p.sql", "SELECT '${missing}';");
        SourceSet set = FlywaySource.scan(base, List.of(), FlywaySettings.defaults()
                .withLocations(List.of("filesystem:db")).withPlaceholderReplacement(false));
        assertThat(set.scripts().get(0).text()).isEqualTo("SELECT '${missing}';");
        assertThat(set.unresolvedPlaceholders()).isEmpty();
    }

    @Test
    void readPathsTakesFoldersAndSingleFiles() throws IOException {
        write("db/V1__a.sql", "SELECT 1;");
        write("db/V2__b.sql", "SELECT 2;");
        write("adhoc/fix.sql", "UPDATE t SET a = 1;");
        write("adhoc/V1_bad.sql", "SELECT 1;");
        SourceSet set = FlywaySource.readPaths(base,
                List.of(Path.of("adhoc/fix.sql"), Path.of("db"), Path.of("adhoc/V1_bad.sql"), Path.of("nope.sql")),
                FlywaySettings.defaults());
        assertThat(set.scripts()).extracting(MigrationScript::path, MigrationScript::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("db/V1__a.sql", ScriptKind.VERSIONED),
                org.assertj.core.groups.Tuple.tuple("db/V2__b.sql", ScriptKind.VERSIONED),
                org.assertj.core.groups.Tuple.tuple("adhoc/V1_bad.sql", ScriptKind.PLAIN),
                org.assertj.core.groups.Tuple.tuple("adhoc/fix.sql", ScriptKind.PLAIN));
        assertThat(set.scripts().get(3).version()).isEqualTo(Optional.empty());
        assertThat(set.diagnostics()).extracting(Diagnostic::file).containsExactly("adhoc/V1_bad.sql", "nope.sql");
    }

    @Test
    void aFolderWithoutFlywayMigrationsIsReadAsPlainScriptsInPathOrder() throws IOException {
        write("migrate/0002_add_index.up.sql", "CREATE INDEX i ON t (a);");
        write("migrate/0001_create.up.sql", "CREATE TABLE t (a int);");
        write("migrate/0001_create.down.sql", "DROP TABLE t;");
        write("migrate/notes.txt", "not sql");
        SourceSet set = FlywaySource.readPaths(base, List.of(Path.of("migrate")), FlywaySettings.defaults());
        assertThat(set.scripts()).extracting(MigrationScript::path).containsExactly(
                "migrate/0001_create.down.sql", "migrate/0001_create.up.sql", "migrate/0002_add_index.up.sql");
        assertThat(set.scripts()).allMatch(s -> s.kind() == ScriptKind.PLAIN);
    }
}
