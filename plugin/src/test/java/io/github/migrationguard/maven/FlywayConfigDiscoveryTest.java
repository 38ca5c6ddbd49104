package io.github.migrationguard.maven;

import io.github.migrationguard.source.discovery.ResolvedFlyway;
import org.apache.maven.model.Plugin;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class FlywayConfigDiscoveryTest {

    @TempDir
    Path project;

    private static Plugin flywayPlugin(String configuration) throws Exception {
        Plugin plugin = new Plugin();
        plugin.setGroupId("org.flywaydb");
        plugin.setArtifactId("flyway-maven-plugin");
        plugin.setConfiguration(Xpp3DomBuilder.build(new StringReader(configuration)));
        return plugin;
    }

    @Test
    void theFlywayPluginConfigurationWinsOverFilesAndProperties() throws Exception {
        Files.writeString(project.resolve("flyway.conf"), "flyway.placeholders.owner=from_conf\nflyway.table=history\n");
        Properties properties = new Properties();
        properties.setProperty("flyway.sqlMigrationSeparator", "--");
        properties.setProperty("other", "x");
        Plugin plugin = flywayPlugin("""
                <configuration>
                  <url>jdbc:postgresql://localhost:5432/shop</url>
                  <user>shop</user>
                  <locations>
                    <location>filesystem:sql/migrations</location>
                    <location>classpath:db/extra</location>
                  </locations>
                  <schemas><schema>sales</schema></schemas>
                  <placeholders><owner>sales_owner</owner><tablespace>fast</tablespace></placeholders>
                  <placeholderPrefix>#[</placeholderPrefix>
                  <placeholderSuffix>]</placeholderSuffix>
                  <mixed>true</mixed>
                  <pluginConfiguration>
                    <postgresqlTransactionalLock>false</postgresqlTransactionalLock>
                  </pluginConfiguration>
                </configuration>
                """);

        ResolvedFlyway resolved = FlywayConfigDiscovery.discover(project, List.of(Path.of("src/main/resources")),
                properties, List.of(plugin));

        assertThat(resolved.origins()).containsExactly("flyway.conf", "pom.xml <properties>",
                "pom.xml org.flywaydb:flyway-maven-plugin");
        assertThat(resolved.settings().locations()).containsExactly("filesystem:sql/migrations", "classpath:db/extra");
        assertThat(resolved.settings().placeholders()).containsEntry("owner", "sales_owner")
                .containsEntry("tablespace", "fast");
        assertThat(resolved.settings().placeholderPrefix()).isEqualTo("#[");
        assertThat(resolved.settings().sqlMigrationSeparator()).isEqualTo("--");
        assertThat(resolved.settings().schemas()).containsExactly("sales");
        assertThat(resolved.settings().table()).isEqualTo("history");
        assertThat(resolved.settings().mixed()).isTrue();
        assertThat(resolved.transactionalLock()).isFalse();
        assertThat(resolved.url()).contains("jdbc:postgresql://localhost:5432/shop");
        assertThat(resolved.user()).isEqualTo(Optional.of("shop"));
    }

    @Test
    void explicitParametersWinOverWhatWasDiscovered() throws Exception {
        ResolvedFlyway resolved = FlywayConfigDiscovery.discover(project, List.of(), new Properties(),
                List.of(flywayPlugin("<configuration><locations><location>filesystem:a</location></locations>"
                        + "<placeholders><x>1</x></placeholders></configuration>")));
        FlywayParameters given = new FlywayParameters(List.of("filesystem:b"), null, null, null, null,
                java.util.Map.of("y", "2"), null, null, null, null, null);

        var settings = ConfigMapper.flywaySettings(given, resolved.settings());

        assertThat(settings.locations()).containsExactly("filesystem:b");
        assertThat(settings.placeholders()).containsEntry("x", "1").containsEntry("y", "2");
    }

    @Test
    void noFlywayAnywhereMeansDefaults() {
        ResolvedFlyway resolved = FlywayConfigDiscovery.discover(project, List.of(), new Properties(), List.of());
        assertThat(resolved.settings()).isEqualTo(ResolvedFlyway.defaults().settings());
    }
}
