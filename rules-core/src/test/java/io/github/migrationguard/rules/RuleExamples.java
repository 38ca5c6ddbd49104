package io.github.migrationguard.rules;

import io.github.migrationguard.report.RulePage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Finds the example migrations under {@code src/test/resources/rules/<rule-id>/}. */
final class RuleExamples {

    private RuleExamples() {
    }

    /** Read from the source tree (tests run in the module directory), where the docs test also looks. */
    static Path root() {
        return Paths.get("src", "test", "resources", "rules");
    }

    /** The example files of one rule, sorted by name; empty when the rule has no folder. */
    static List<Path> files(String ruleId) {
        Path dir = root().resolve(ruleId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RulePage.Example> examples(String ruleId) {
        return files(ruleId).stream().map(p -> new RulePage.Example(p.getFileName().toString(), read(p))).toList();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
