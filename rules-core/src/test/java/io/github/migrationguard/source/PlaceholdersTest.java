package io.github.migrationguard.source;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTest {

    private static Placeholders.Replaced replace(String text, Map<String, String> values) {
        return new Placeholders("${", "}", values).replace("V1__x.sql", text);
    }

    @Test
    void replacesConfiguredNamesCaseInsensitively() {
        assertThat(replace("CREATE TABLE ${Schema}.t (); -- in ${SCHEMA}", Map.of("schema", "app")).text())
                .isEqualTo("CREATE TABLE app.t (); -- in app");
    }

    @Test
    void unknownNamesStayAndAreReportedWithTheirPlace() {
        Placeholders.Replaced r = replace("SELECT 1;\n  SELECT '${nope}', ${a};", Map.of("a", "x"));
        assertThat(r.text()).isEqualTo("SELECT 1;\n  SELECT '${nope}', x;");
        assertThat(r.unresolved()).containsExactly(new UnresolvedPlaceholder("V1__x.sql", 2, 11, "nope"));
    }

    @Test
    void valuesAreNotScannedAgainAndEmptyValuesVanish() {
        assertThat(replace("${a}|${b}|", Map.of("a", "${b}", "b", "")).text()).isEqualTo("${b}||");
    }

    @Test
    void aBrokenPrefixIsNotRescannedAsFlywayDoes() {
        Placeholders.Replaced r = replace("$${a} ${a}", Map.of("a", "x"));
        assertThat(r.text()).isEqualTo("$${a} x");
        assertThat(r.unresolved()).isEmpty();
    }

    @Test
    void unterminatedPlaceholderIsReported() {
        Placeholders.Replaced r = replace("SELECT '${oops';\nSELECT 2;", Map.of());
        assertThat(r.text()).isEqualTo("SELECT '${oops';\nSELECT 2;");
        assertThat(r.unresolved()).extracting(UnresolvedPlaceholder::name).containsExactly("oops';");
    }

    @Test
    void customPrefixAndSuffix() {
        Placeholders p = new Placeholders("@@", "@@", Map.of("owner", "alice"));
        assertThat(p.replace("f", "ALTER TABLE t OWNER TO @@owner@@; SELECT '${owner}'").text())
                .isEqualTo("ALTER TABLE t OWNER TO alice; SELECT '${owner}'");
    }

    @Test
    void builtInsUseSettingsOrStandIns() {
        FlywaySettings settings = FlywaySettings.defaults()
                .withConnection(Optional.of("app"), Optional.empty(), Optional.of("shop"));
        Placeholders p = Placeholders.forScript(settings, "V1__x.sql", "project-dir");
        String text = "${flyway:defaultSchema} ${flyway:user} ${flyway:database} ${flyway:filename} ${flyway:table}"
                + " ${flyway:environment} ${flyway:workingDirectory} ${flyway:timestamp} ${flyway:other}";
        Placeholders.Replaced r = p.replace("V1__x.sql", text);
        assertThat(r.text()).isEqualTo("app postgres shop V1__x.sql flyway_schema_history default project-dir "
                + Placeholders.TIMESTAMP_STAND_IN + " ${flyway:other}");
        assertThat(r.unresolved()).extracting(UnresolvedPlaceholder::name).isEqualTo(List.of("flyway:other"));
    }

    @Test
    void lineNumbersAreKept() {
        String text = "SELECT ${a};\nSELECT ${a};\n";
        assertThat(replace(text, Map.of("a", "a_much_longer_value")).text().lines().count()).isEqualTo(2);
    }
}
