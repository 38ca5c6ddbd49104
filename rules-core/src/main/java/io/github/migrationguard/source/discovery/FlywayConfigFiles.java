package io.github.migrationguard.source.discovery;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.source.ScriptFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Finds the Flyway configuration files of a project, so that linting needs no configuration of its own:
 * Spring Boot's {@code application.properties} / {@code application.yml} / {@code application.yaml} in the
 * resource roots, then {@code flyway.conf} and {@code flyway.toml} in the project root. Returned lowest
 * precedence first (Flyway's own files win over Spring Boot's, since a project that keeps them runs Flyway by
 * itself); files that say nothing about Flyway are left out.
 */
public final class FlywayConfigFiles {

    private FlywayConfigFiles() {
    }

    /**
     * @param projectDir    the project root; reported paths are relative to it
     * @param resourceRoots where Spring Boot's files are looked up, relative to {@code projectDir} unless absolute
     */
    public static List<FlywayConfig> discover(Path projectDir, List<Path> resourceRoots) {
        List<FlywayConfig> found = new ArrayList<>();
        for (Path root : resourceRoots) {
            Path dir = projectDir.resolve(root);
            // Spring loads application.properties over application.yml: the .properties value wins.
            read(projectDir, dir.resolve("application.yaml"), SpringBootConfig::fromYaml, found);
            read(projectDir, dir.resolve("application.yml"), SpringBootConfig::fromYaml, found);
            read(projectDir, dir.resolve("application.properties"), SpringBootConfig::fromProperties, found);
        }
        read(projectDir, projectDir.resolve("flyway.conf"), FlywayConfFile::parse, found);
        read(projectDir, projectDir.resolve("flyway.toml"), FlywayTomlFile::parse, found);
        return found;
    }

    private static void read(Path projectDir, Path file, BiFunction<String, String, FlywayConfig> parser,
                             List<FlywayConfig> found) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        String origin = ScriptFiles.display(projectDir, file);
        FlywayConfig config;
        try {
            config = parser.apply(origin, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            config = new FlywayConfig(origin, Map.of(), List.of(Diagnostic.ofFile(origin, "cannot read: " + e.getMessage())));
        }
        if (!config.isEmpty() || !config.problems().isEmpty()) {
            found.add(config);
        }
    }
}
