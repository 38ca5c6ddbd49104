package io.github.migrationguard.maven;

import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.discovery.FlywayConfFile;
import io.github.migrationguard.source.discovery.FlywayConfig;
import io.github.migrationguard.source.discovery.FlywayConfigApplier;
import io.github.migrationguard.source.discovery.FlywayConfigFiles;
import io.github.migrationguard.source.discovery.ResolvedFlyway;
import org.apache.maven.model.Plugin;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Finds the Flyway configuration of the project being built, so that adding the plugin needs no configuration:
 * the files {@link FlywayConfigFiles} knows (Spring Boot, {@code flyway.conf}, {@code flyway.toml}), then the
 * POM's {@code flyway.*} properties, then the {@code flyway-maven-plugin} configuration, each over the previous.
 * The mojo's own parameters go over all of them ({@link ConfigMapper#flywaySettings}).
 */
final class FlywayConfigDiscovery {

    static final String FLYWAY_PLUGIN = "org.flywaydb:flyway-maven-plugin";

    /** Elements of the plugin's configuration that hold a list, and the name of each item. */
    private static final Map<String, String> LISTS = Map.of(
            "locations", "location", "schemas", "schema", "sqlMigrationSuffixes", "sqlMigrationSuffix");

    private FlywayConfigDiscovery() {
    }

    /**
     * @param properties the POM's properties ({@code flyway.locations}, … as the Flyway plugin reads them)
     * @param plugins    the project's build plugins
     */
    static ResolvedFlyway discover(Path baseDir, List<Path> resourceRoots, Properties properties, List<Plugin> plugins) {
        List<FlywayConfig> layers = new ArrayList<>(FlywayConfigFiles.discover(baseDir, resourceRoots));
        layers.add(pomProperties(properties));
        plugins.stream().filter(p -> FLYWAY_PLUGIN.equals(p.getKey())).findFirst()
                .map(p -> pluginConfiguration(p.getConfiguration()))
                .ifPresent(layers::add);
        return FlywayConfigApplier.apply(FlywaySettings.defaults(), layers);
    }

    private static FlywayConfig pomProperties(Properties properties) {
        String text = properties.stringPropertyNames().stream().filter(k -> k.startsWith("flyway."))
                .sorted().map(k -> k + "=" + escape(properties.getProperty(k))).collect(Collectors.joining("\n"));
        return FlywayConfFile.parse("pom.xml <properties>", text);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /** The {@code <configuration>} of {@code flyway-maven-plugin}, as Flyway property names. */
    static FlywayConfig pluginConfiguration(Object configuration) {
        Map<String, String> values = new LinkedHashMap<>();
        if (configuration instanceof Xpp3Dom dom) {
            for (Xpp3Dom child : dom.getChildren()) {
                String name = child.getName();
                if (name.equals("placeholders")) {
                    for (Xpp3Dom placeholder : child.getChildren()) {
                        values.put(FlywayConfig.PLACEHOLDERS + placeholder.getName(), text(placeholder));
                    }
                } else if (name.equals("pluginConfiguration")) {
                    pluginSpecific(child, values);
                } else if (LISTS.containsKey(name) && child.getChildCount() > 0) {
                    values.put(name, java.util.Arrays.stream(child.getChildren(LISTS.get(name)))
                            .map(FlywayConfigDiscovery::text).collect(Collectors.joining(",")));
                } else if (child.getChildCount() == 0) {
                    values.put(name, text(child));
                }
            }
        }
        return new FlywayConfig("pom.xml " + FLYWAY_PLUGIN, values, List.of());
    }

    /** {@code <pluginConfiguration><postgresqlTransactionalLock>false</…>}, also written with Flyway's dotted name. */
    private static void pluginSpecific(Xpp3Dom configuration, Map<String, String> values) {
        for (Xpp3Dom setting : configuration.getChildren()) {
            String name = setting.getName();
            if (name.equals("postgresqlTransactionalLock") || name.endsWith("postgresql.transactional.lock")) {
                values.put(FlywayConfig.TRANSACTIONAL_LOCK, text(setting));
            }
        }
    }

    private static String text(Xpp3Dom dom) {
        return dom.getValue() == null ? "" : dom.getValue().trim();
    }
}
