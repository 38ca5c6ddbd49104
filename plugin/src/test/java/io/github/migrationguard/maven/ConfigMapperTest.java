package io.github.migrationguard.maven;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.engine.DeploymentScope;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.MigrationVersion;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigMapperTest {

    private final RuleRegistry registry = RuleRegistry.builtin();

    @Test
    void nothingConfiguredMeansFlywayDefaults() throws Exception {
        assertThat(ConfigMapper.flywaySettings(FlywayParameters.none())).isEqualTo(FlywaySettings.defaults());
    }

    @Test
    void flywayParametersReachTheSettings() throws Exception {
        Map<String, String> placeholders = new HashMap<>();
        placeholders.put("schema", "app");
        placeholders.put("empty", null);
        FlywaySettings s = ConfigMapper.flywaySettings(new FlywayParameters(List.of("classpath:db/changes"),
                "M", "RR", "--", List.of(".pgsql", ".sql"), placeholders, "#[", "]", false, "ISO-8859-1", true));

        assertThat(s.locations()).containsExactly("classpath:db/changes");
        assertThat(s.sqlMigrationPrefix()).isEqualTo("M");
        assertThat(s.repeatableSqlMigrationPrefix()).isEqualTo("RR");
        assertThat(s.sqlMigrationSeparator()).isEqualTo("--");
        assertThat(s.sqlMigrationSuffixes()).containsExactly(".pgsql", ".sql");
        assertThat(s.placeholders()).containsOnly(Map.entry("schema", "app"), Map.entry("empty", ""));
        assertThat(s.placeholderPrefix()).isEqualTo("#[");
        assertThat(s.placeholderSuffix()).isEqualTo("]");
        assertThat(s.placeholderReplacement()).isFalse();
        assertThat(s.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(s.mixed()).isTrue();
    }

    @Test
    void sinceChoosesThePendingSet() throws Exception {
        assertThat(ConfigMapper.scope(null)).isEqualTo(DeploymentScope.SINGLE_MIGRATION);
        assertThat(ConfigMapper.scope("2.1")).isEqualTo(new DeploymentScope.Since(MigrationVersion.parse("2.1")));
        assertThatThrownBy(() -> ConfigMapper.scope("latest"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("since: Invalid version 'latest'");
    }

    @Test
    void unknownEncodingIsAConfigurationError() {
        FlywayParameters p = new FlywayParameters(null, null, null, null, null, null, null, null, null,
                "no-such-charset", false);
        assertThatThrownBy(() -> ConfigMapper.flywaySettings(p))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Invalid Flyway configuration: unknown encoding 'no-such-charset'");
    }

    @Test
    void emptyPrefixIsAConfigurationError() {
        FlywayParameters p = new FlywayParameters(null, "", null, null, null, null, null, null, null, null, false);
        assertThatThrownBy(() -> ConfigMapper.flywaySettings(p))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("sqlMigrationPrefix");
    }

    @Test
    void nothingConfiguredMeansEngineDefaults() throws Exception {
        EngineConfig c = ConfigMapper.engineConfig(new LintParameters(null, null, null, null, false, false), registry);
        assertThat(c).isEqualTo(EngineConfig.defaults());
    }

    @Test
    void tenantColumnsAreFoldedAndReplaceTheDefaults() throws Exception {
        EngineConfig c = ConfigMapper.engineConfig(new LintParameters(null, null, null, null, false, false,
                java.util.List.of("OrgId", " account_id ")), registry);
        assertThat(c.settings().tenantColumns()).containsExactlyInAnyOrder("orgid", "account_id");
    }

    @Test
    void lintParametersReachTheEngineConfig() throws Exception {
        EngineConfig c = ConfigMapper.engineConfig(new LintParameters("14.2", "warning",
                Map.of("unused-suppression", "info", "unanalyzed-statement", "off"), "unused-suppression=error",
                true, true), registry);

        assertThat(c.pgVersion()).isEqualTo(new PgVersion(14, 2));
        assertThat(c.failOn()).isEqualTo(Severity.WARNING);
        assertThat(c.severities()).containsOnly(Map.entry("unused-suppression", Severity.ERROR),
                Map.entry("unanalyzed-statement", Severity.OFF));
        assertThat(c.settings().runnerSetsLockTimeout()).isTrue();
        assertThat(c.settings().flywayMixed()).isTrue();
    }

    @Test
    void badLintParametersSayWhatIsWrong() {
        assertThatThrownBy(() -> ConfigMapper.engineConfig(
                new LintParameters("9.6", null, null, null, false, false), registry))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Unsupported PostgreSQL version '9.6'");
        assertThatThrownBy(() -> ConfigMapper.engineConfig(
                new LintParameters(null, "fatal", null, null, false, false), registry))
                .hasMessageContaining("Unknown severity 'fatal'");
        assertThatThrownBy(() -> ConfigMapper.engineConfig(
                new LintParameters(null, null, Map.of("unused-supression", "off"), null, false, false), registry))
                .hasMessage("Unknown rule id 'unused-supression': did you mean unused-suppression?");
        assertThatThrownBy(() -> ConfigMapper.engineConfig(
                new LintParameters(null, null, null, "unused-suppression", false, false), registry))
                .hasMessageContaining("Expected RULE-ID=SEVERITY");
    }
}
