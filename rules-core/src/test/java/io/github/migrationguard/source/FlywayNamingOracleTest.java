package io.github.migrationguard.source;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Flyway 13.12.1 itself decides: for generated folders of files, its {@code info()} must list exactly our
 * migrations, with our kinds, versions, descriptions and order; and running a migration must replace
 * placeholders exactly as we do.
 */
class FlywayNamingOracleTest {

    /** Kept so that the logger, and its level, live as long as the tests. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static EmbeddedPostgres postgres;

    @TempDir
    Path base;

    @BeforeAll
    static void start() throws IOException {
        FLYWAY_LOG.setLevel(Level.WARNING);
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    /** What both sides say about one migration: kind, version, description, path within the location. */
    record Row(ScriptKind kind, String version, String description, String script) {
    }

    private void touch(String relative) throws IOException {
        Path file = base.resolve("db").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "SELECT 1;\n");
    }

    private List<Row> flyway(FluentConfiguration config) {
        MigrationInfo[] all = config.dataSource(postgres.getPostgresDatabase())
                .locations("filesystem:" + base.resolve("db")).load().info().all();
        List<Row> rows = new ArrayList<>();
        for (MigrationInfo info : all) {
            ScriptKind kind = info.getType().isBaseline() ? ScriptKind.BASELINE
                    : info.getVersion() == null ? ScriptKind.REPEATABLE : ScriptKind.VERSIONED;
            rows.add(new Row(kind, info.getVersion() == null ? "" : info.getVersion().getVersion(),
                    info.getDescription(), info.getScript().replace('\\', '/')));
        }
        return rows;
    }

    private List<Row> ours(FlywaySettings settings) {
        SourceSet set = FlywaySource.scan(base, List.of(), settings.withLocations(List.of("filesystem:db")));
        return set.scripts().stream().map(s -> new Row(s.kind(),
                s.version().map(v -> v.text().replace('_', '.')).orElse(""), s.description(),
                s.path().substring("db/".length()))).toList();
    }

    @Test
    void namesVersionsDescriptionsAndOrder() throws IOException {
        for (String name : List.of("V1__init.sql", "V1.1__a.sql", "V1_2__b.sql", "V1.10__c.sql", "V1.9__d.sql",
                "V2__e.sql", "V10__f.sql", "V2.0.1__g.sql", "V01.5__leading_zero.sql", "V3.sql", "V4__upper.SQL",
                "V123456789012345678901234567890__long.sql", "V5__two__separators.sql", "nested/deep/V6__deep.sql",
                "R__b.sql", "R__a.sql", "R__A_upper.sql", "nested/R__c.sql",
                // not migrations, or malformed: Flyway skips all of them
                "V1_init.sql", "v7__lower.sql", "V__noversion.sql", "R1__versioned_repeatable.sql", "afterMigrate.sql",
                "notes.txt", "V8__x.sql.conf", "seed.sql", "V9.x__bad.sql")) {
            touch(name);
        }
        assertThat(ours(FlywaySettings.defaults())).isEqualTo(flyway(Flyway.configure()));
    }

    @Test
    void oddNamesAsFlywayReadsThem() throws IOException {
        for (String name : List.of("V2024.01.01.1200__timestamp.sql", "V11__spaces in  name.sql", "V12__mixed.Sql",
                "V13__.sql", "R__.sql", "V14__x.sql.sql", "V21__a_b__c_.sql", "V0__zero.sql", "V23__ünï.sql",
                "V24___x.sql", "V25__x__.sql", "R__trailing .sql", ".V26__hidden.sql", "V٤٤__other_digits.sql",
                // signed parts are numbers to Flyway's BigInteger
                "V-18__negative.sql", "V+55__plus.sql", "V-1.2__negative_dotted.sql",
                // not migrations
                "Vx__y.sql", "V15.__trailing_dot.sql", "V.16__leading_dot.sql", "V17..1__two_dots.sql",
                "V1.-2__sign_inside.sql", "V19 __space.sql", "V 20__space.sql", "V27__x.sqlx", "V28__x.sql ")) {
            touch(name);
        }
        assertThat(ours(FlywaySettings.defaults())).isEqualTo(flyway(Flyway.configure()));
    }

    @Test
    void specialVersionWordsAreReportedNotRun() throws IOException {
        // Flyway reads these as its special target versions (LATEST sorts last); nobody means that in a file name
        touch("V1__one.sql");
        touch("Vlatest__x.sql");
        SourceSet set = FlywaySource.scan(base, List.of(), FlywaySettings.defaults().withLocations(List.of("filesystem:db")));
        assertThat(set.scripts()).extracting(MigrationScript::path).containsExactly("db/V1__one.sql");
        assertThat(set.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
                .contains("'latest' is not a version number: Flyway reads it as its special target version"));
        assertThat(flyway(Flyway.configure())).extracting(Row::script).containsExactly("V1__one.sql", "Vlatest__x.sql");
    }

    @Test
    void customPrefixesSeparatorAndSuffixes() throws IOException {
        for (String name : List.of("M1-first.pgsql", "M1.5-between.sql", "M2-second.sql", "RM-views.pgsql",
                "RM-funcs.sql", "V3__default_prefix.sql", "M4__wrong_separator.sql", "M5-x.txt")) {
            touch(name);
        }
        FlywaySettings ours = FlywaySettings.defaults().withNaming("M", "RM", "-", List.of(".pgsql", ".sql"));
        FluentConfiguration theirs = Flyway.configure().sqlMigrationPrefix("M").repeatableSqlMigrationPrefix("RM")
                .sqlMigrationSeparator("-").sqlMigrationSuffixes(".pgsql", ".sql");
        assertThat(ours(ours)).isEqualTo(flyway(theirs));
    }

    @Test
    void generatedVersions() throws IOException {
        Random random = new Random(20261125L);
        Set<MigrationVersion> used = new HashSet<>();
        while (used.size() < 60) {
            int parts = 1 + random.nextInt(4);
            StringBuilder v = new StringBuilder();
            for (int p = 0; p < parts; p++) {
                if (p > 0) {
                    v.append(random.nextBoolean() ? '.' : '_');
                }
                v.append(random.nextInt(4) == 0 ? "0" + random.nextInt(20) : Integer.toString(random.nextInt(30)));
            }
            if (used.add(MigrationVersion.parse(v.toString()))) {
                touch((random.nextInt(3) == 0 ? "sub" + random.nextInt(3) + "/" : "") + "V" + v + "__m" + used.size() + ".sql");
            }
        }
        touch("R__zz.sql");
        touch("R__aa.sql");
        assertThat(ours(FlywaySettings.defaults())).hasSize(62).isEqualTo(flyway(Flyway.configure()));
    }

    @Test
    void baselineMigrations() throws IOException {
        for (String name : List.of("B2__base.sql", "V1__one.sql", "V2__two.sql", "V3__three.sql", "R__r.sql")) {
            touch(name);
        }
        assertThat(ours(FlywaySettings.defaults())).isEqualTo(flyway(Flyway.configure()));
    }

    @Test
    void duplicateVersionsAreWhatFlywayRefuses() throws IOException {
        touch("V1__a.sql");
        touch("other/V1.0__b.sql");
        SourceSet set = FlywaySource.scan(base, List.of(), FlywaySettings.defaults().withLocations(List.of("filesystem:db")));
        assertThat(set.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("found more than one migration with version 1.0"));
        assertThatThrownBy(() -> flyway(Flyway.configure())).isInstanceOf(FlywayException.class)
                .hasMessageContaining("more than one migration with version 1");
    }

    @Test
    void placeholdersAreReplacedAsFlywayDoes() throws Exception {
        String body = "plain ${a} ${A} $${a} $ {a} ${b}${a} ${flyway:filename} ${flyway:table} ${Flyway:DefaultSchema}"
                + " ${empty}| ${a}${a} $$${a} ${x}y} @@a@@ ";
        Map<String, String> values = new LinkedHashMap<>();
        values.put("a", "1");
        values.put("b", "${a}");
        values.put("empty", "");
        values.put("x", "X");
        String name = "V1__ph.sql";
        Files.createDirectories(base.resolve("db"));
        Files.writeString(base.resolve("db").resolve(name),
                "CREATE TABLE out (v text);\nINSERT INTO out VALUES ($q$" + body + "$q$);\n");

        FlywaySettings settings = FlywaySettings.defaults().withLocations(List.of("filesystem:db"))
                .withPlaceholders(values, "${", "}")
                .withConnection(java.util.Optional.of("ph"), java.util.Optional.empty(), java.util.Optional.empty());
        SourceSet set = FlywaySource.scan(base, List.of(), settings);
        assertThat(set.unresolvedPlaceholders()).isEmpty();
        String ourText = set.scripts().get(0).text();
        String ourValue = ourText.substring(ourText.indexOf("$q$") + 3, ourText.lastIndexOf("$q$"));

        Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("ph").defaultSchema("ph")
                .locations("filesystem:" + base.resolve("db")).placeholders(values).load().migrate();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM ph.out")) {
            assertThat(rs.next()).isTrue();
            assertThat(ourValue).isEqualTo(rs.getString(1));
        }
    }

    /** What Flyway stores from {@code $q$…$q$} in a one-file migration, against the same span of our text. */
    @Test
    void encodingsAsFlywayReadsThem() throws Exception {
        String body = "é ü ß € — ${a}";
        byte[] utf8 = ("CREATE TABLE out (v text);\nINSERT INTO out VALUES ($q$" + body + "$q$);\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8Bom = java.util.Arrays.copyOf(bom, bom.length + utf8.length);
        System.arraycopy(utf8, 0, utf8Bom, bom.length, utf8.length);
        String text = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
        record Case(byte[] bytes, String conf) {
        }
        List<Case> cases = List.of(new Case(utf8Bom, null),
                new Case(text.getBytes(java.nio.charset.StandardCharsets.UTF_16), "encoding=UTF-16\n"),
                new Case(text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE), "encoding=UTF-16LE\n"),
                new Case(text.replace("€ — ", "").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                        "# latin\nencoding = ISO-8859-1\n"));
        for (int i = 0; i < cases.size(); i++) {
            String schema = "enc" + i;
            Path dir = base.resolve(schema);
            Files.createDirectories(dir);
            Files.write(dir.resolve("V1__enc.sql"), cases.get(i).bytes());
            if (cases.get(i).conf() != null) {
                Files.writeString(dir.resolve("V1__enc.sql.conf"), cases.get(i).conf());
            }
            SourceSet set = FlywaySource.scan(base, List.of(), FlywaySettings.defaults()
                    .withLocations(List.of("filesystem:" + schema)).withPlaceholders(Map.of("a", "1"), "${", "}"));
            assertThat(set.diagnostics()).isEmpty();
            String ourText = set.scripts().get(0).text();
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas(schema).defaultSchema(schema)
                    .locations("filesystem:" + dir).placeholders(Map.of("a", "1")).load().migrate();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT v FROM " + schema + ".out")) {
                assertThat(rs.next()).isTrue();
                assertThat(ourText.substring(ourText.indexOf("$q$") + 3, ourText.lastIndexOf("$q$")))
                        .as("case %d", i).isEqualTo(rs.getString(1));
            }
        }
    }

    @Test
    void symbolicLinksAreFollowedAsFlywayDoes() throws IOException {
        touch("V1__a.sql");
        Path other = base.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("V2__linked_folder.sql"), "SELECT 1;");
        Files.writeString(other.resolve("shared.txt"), "SELECT 1;");
        Files.createSymbolicLink(base.resolve("db").resolve("linked"), other);
        Files.createSymbolicLink(base.resolve("db").resolve("V3__linked_file.sql"), other.resolve("shared.txt"));
        Files.createSymbolicLink(base.resolve("db").resolve("V4__dangling.sql"), other.resolve("gone.sql"));
        assertThat(ours(FlywaySettings.defaults())).extracting(Row::script)
                .containsExactly("V1__a.sql", "linked/V2__linked_folder.sql", "V3__linked_file.sql");
        assertThat(ours(FlywaySettings.defaults())).isEqualTo(flyway(Flyway.configure()));
    }
}
