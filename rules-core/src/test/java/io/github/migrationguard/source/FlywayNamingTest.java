package io.github.migrationguard.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FlywayNamingTest {

    private final FlywayNaming naming = new FlywayNaming(FlywaySettings.defaults());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "V1__init.sql        | VERSIONED  | 1      | init",
            "V1.1__add_users.sql | VERSIONED  | 1.1    | add users",
            "V1_1__x.sql         | VERSIONED  | 1_1    | x",
            "V2__a__b.sql        | VERSIONED  | 2      | a  b",
            "V3.sql              | VERSIONED  | 3      | ''",
            "V4__x.SQL           | VERSIONED  | 4      | x",
            "B5__base.sql        | BASELINE   | 5      | base",
            "U6__undo.sql        | UNDO       | 6      | undo",
            "R__views.sql        | REPEATABLE | ''     | views",
    })
    void classifiesMigrations(String file, ScriptKind kind, String version, String description) {
        ScriptName name = naming.classify(file);
        assertThat(name).isInstanceOf(ScriptName.Migration.class);
        ScriptName.Migration m = (ScriptName.Migration) name;
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.version().map(MigrationVersion::text).orElse("")).isEqualTo(version);
        assertThat(m.description()).isEqualTo(description);
    }

    @ParameterizedTest
    @ValueSource(strings = {"V1_init.sql", "V__x.sql", "Vabc__x.sql", "R1__x.sql", "v1__x.sql", "r__x.sql", "V1.2.__x.sql"})
    void malformedNamesSayWhy(String file) {
        assertThat(naming.classify(file)).isInstanceOf(ScriptName.Malformed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "V1__x.sql.conf", "afterMigrate.sql", "beforeEachMigrate__log.sql", "seed.sql",
            "schema.sql"})
    void otherFilesAreNotMigrations(String file) {
        assertThat(naming.classify(file)).isInstanceOf(ScriptName.NotMigration.class);
    }

    @Test
    void customPrefixesSeparatorsAndSeveralSuffixes() {
        FlywayNaming custom = new FlywayNaming(FlywaySettings.defaults()
                .withNaming("M", "RM", "-", List.of(".pgsql", ".sql")));
        assertThat(custom.classify("M1.2-add-col.pgsql"))
                .isEqualTo(new ScriptName.Migration(ScriptKind.VERSIONED,
                        java.util.Optional.of(MigrationVersion.parse("1.2")), "add-col"));
        // the longer prefix wins: RM is repeatable, not a versioned M with version "R…"
        assertThat(custom.classify("RM-views.sql")).isInstanceOf(ScriptName.Migration.class)
                .extracting(n -> ((ScriptName.Migration) n).kind()).isEqualTo(ScriptKind.REPEATABLE);
        assertThat(custom.classify("V1__x.sql")).isInstanceOf(ScriptName.NotMigration.class);
    }
}
