package io.github.migrationguard.source.discovery;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.source.FlywaySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FlywayConfigDiscoveryTest {

    @TempDir
    Path project;

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void flywayConfKeepsFlywayKeysOnly() {
        FlywayConfig config = FlywayConfFile.parse("flyway.conf", """
                flyway.locations=filesystem:sql,classpath:db/more
                flyway.placeholders.owner=app
                flyway.postgresql.transactional.lock=false
                other.key=x
                """);
        assertThat(config.values()).containsOnly(
                Map.entry("locations", "filesystem:sql,classpath:db/more"),
                Map.entry("placeholders.owner", "app"),
                Map.entry("postgresql.transactional.lock", "false"));
    }

    @Test
    void flywayTomlReadsFlywayTablesAndTheChosenEnvironment() {
        FlywayConfig config = FlywayTomlFile.parse("flyway.toml", """
                [environments.default]
                url = "jdbc:postgresql://localhost:5432/shop"
                user = "shop"
                schemas = ["public"]

                [environments.prod]
                url = "jdbc:postgresql://prod/shop"

                [flyway]
                locations = [
                  "filesystem:migrations", # the main ones
                  "filesystem:seed"
                ]
                mixed = true
                placeholders = { tablespace = "fast" }

                [flyway.placeholders]
                owner = 'app'

                [flyway.postgresql]
                transactional.lock = false
                """);
        assertThat(config.problems()).isEmpty();
        assertThat(config.values()).containsEntry("url", "jdbc:postgresql://localhost:5432/shop")
                .containsEntry("user", "shop")
                .containsEntry("schemas", "public")
                .containsEntry("locations", "filesystem:migrations,filesystem:seed")
                .containsEntry("mixed", "true")
                .containsEntry("placeholders.tablespace", "fast")
                .containsEntry("placeholders.owner", "app")
                .containsEntry("postgresql.transactional.lock", "false");
    }

    @Test
    void flywayTomlProblemsCarryTheirLine() {
        FlywayConfig config = FlywayTomlFile.parse("flyway.toml", "[flyway]\nlocations\n[[array.of.tables]]\n");
        assertThat(config.problems()).extracting(Diagnostic::message)
                .containsExactly("line 2: expected key = value", "line 3: unsupported table header [[array.of.tables]]");
    }

    @Test
    void springYamlBindsKebabCaseSkipsProfilesAndFallsBackToTheDatasource() {
        FlywayConfig config = SpringBootConfig.fromYaml("application.yml", """
                spring:
                  datasource:
                    url: jdbc:postgresql://localhost/orders   # local default
                    username: orders
                    password: "s3cret"
                  flyway:
                    locations:
                      - classpath:db/migration/{vendor}
                      - classpath:db/seed
                    placeholders:
                      schema_owner: orders_owner
                    sql-migration-prefix: M
                    postgresql:
                      transactional-lock: false
                    init-sqls: |
                      SET lock_timeout = '5s';
                ---
                spring:
                  config:
                    activate:
                      on-profile: prod
                  flyway:
                    sql-migration-prefix: P
                """);
        assertThat(config.values()).containsEntry("locations", "classpath:db/migration/postgresql,classpath:db/seed")
                .containsEntry("placeholders.schema_owner", "orders_owner")
                .containsEntry("sqlMigrationPrefix", "M")
                .containsEntry("postgresql.transactional.lock", "false")
                .containsEntry("url", "jdbc:postgresql://localhost/orders")
                .containsEntry("user", "orders")
                .containsEntry("password", "s3cret");
    }

    @Test
    void springPropertyReferencesAreNotUsed() {
        FlywayConfig config = SpringBootConfig.fromProperties("application.properties", """
                spring.flyway.url=${DB_URL}
                spring.flyway.placeholder-replacement=false
                """);
        assertThat(config.values()).containsOnly(Map.entry("placeholderReplacement", "false"));
        assertThat(config.problems()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("property reference"));
    }

    @Test
    void discoveryOrderAndMergeLetFlywayFilesWinOverSpringBoot() throws IOException {
        write("src/main/resources/application.properties", """
                spring.flyway.locations=classpath:db/spring
                spring.flyway.placeholders.a=from-spring
                spring.flyway.placeholders.b=from-spring
                """);
        write("flyway.conf", "flyway.placeholders.b=from-conf\nflyway.url=jdbc:postgresql://db:5432/shop\n"
                + "flyway.password=hunter2\nflyway.mixed=perhaps\n");
        write("flyway.toml", "[flyway]\nlocations = [\"filesystem:sql\"]\n");

        List<FlywayConfig> found = FlywayConfigFiles.discover(project, List.of(Path.of("src/main/resources")));
        assertThat(found).extracting(FlywayConfig::origin)
                .containsExactly("src/main/resources/application.properties", "flyway.conf", "flyway.toml");

        ResolvedFlyway resolved = FlywayConfigApplier.apply(FlywaySettings.defaults(), found);
        FlywaySettings settings = resolved.settings();
        assertThat(settings.locations()).containsExactly("filesystem:sql");
        assertThat(settings.placeholders()).containsEntry("a", "from-spring").containsEntry("b", "from-conf");
        assertThat(settings.database()).contains("shop");
        assertThat(settings.mixed()).isFalse();
        assertThat(resolved.url()).contains("jdbc:postgresql://db:5432/shop");
        assertThat(resolved.password().orElseThrow().reveal()).isEqualTo("hunter2");
        assertThat(resolved.toString()).doesNotContain("hunter2");
        assertThat(resolved.problems()).extracting(Diagnostic::toString)
                .containsExactly("flyway.conf: mixed must be true or false, not 'perhaps'; ignored");
        assertThat(resolved.transactionalLock()).isTrue();
    }

    @Test
    void nothingFoundMeansFlywayDefaults() {
        ResolvedFlyway resolved = FlywayConfigApplier.apply(FlywaySettings.defaults(),
                FlywayConfigFiles.discover(project, List.of(Path.of("src/main/resources"))));
        assertThat(resolved.origins()).isEmpty();
        assertThat(resolved.settings()).isEqualTo(FlywaySettings.defaults());
    }

    @Test
    void globalTransactionSettingsReachTheFlywaySettings() {
        FlywayConfig spring = SpringBootConfig.fromProperties("application.properties", """
                spring.flyway.execute-in-transaction=false
                spring.flyway.group=true
                """);
        ResolvedFlyway resolved = FlywayConfigApplier.apply(FlywaySettings.defaults(), List.of(spring));
        assertThat(resolved.settings().executeInTransaction()).isFalse();
        assertThat(resolved.settings().group()).isTrue();
        assertThat(resolved.settings().groupCaveat()).isEmpty(); // group has no effect without transactions

        ResolvedFlyway grouped = FlywayConfigApplier.apply(FlywaySettings.defaults(),
                List.of(FlywayConfFile.parse("flyway.conf", "flyway.group=true\n")));
        assertThat(grouped.settings().groupCaveat()).hasValueSatisfying(c -> assertThat(c).contains("one transaction"));
    }
}
