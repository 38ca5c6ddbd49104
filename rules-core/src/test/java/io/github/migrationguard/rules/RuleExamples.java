package io.github.migrationguard.rules;

import io.github.migrationguard.report.RulePage;
import io.github.migrationguard.source.MigrationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the examples under {@code src/test/resources/rules/<rule-id>/}: single migrations
 * ({@code bad-x.sql}) and folders of migrations linted as one set ({@code bad-x/V1__a.sql}, {@code V2__b.sql}),
 * whose pending set is chosen by a {@code -- since: N} header in the first migration or a
 * {@code scope.properties} file ({@code since=N}); with neither, every migration of the folder is pending.
 */
final class RuleExamples {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9._]+)__.*\\.sql");
    private static final Pattern SINCE = Pattern.compile("(?m)^--\\s*since:\\s*(\\S+)\\s*$");

    private RuleExamples() {
    }

    /** Read from the source tree (tests run in the module directory), where the docs test also looks. */
    static Path root() {
        return Paths.get("src", "test", "resources", "rules");
    }

    /** The examples of one rule (files and folders), sorted by name; empty when the rule has no folder. */
    static List<Path> files(String ruleId) {
        Path dir = root().resolve(ruleId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sql") || Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The migrations of an example in the order they run: the file itself, or the folder's files by version. */
    static List<Path> migrations(Path example) {
        if (!Files.isDirectory(example)) {
            return List.of(example);
        }
        try (Stream<Path> files = Files.list(example)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .sorted(Comparator.comparing(RuleExamples::version)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Flyway version in a migration's file name ({@code V2__add_index.sql} is 2). */
    static MigrationVersion version(Path migration) {
        Matcher m = VERSIONED.matcher(migration.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalStateException("example migrations in a folder are named V<version>__<name>.sql: " + migration);
        }
        return MigrationVersion.parse(m.group(1));
    }

    /** For a folder: the version after which its migrations are pending, when one is chosen. */
    static Optional<String> since(Path example) {
        if (!Files.isDirectory(example)) {
            return Optional.empty();
        }
        Path properties = example.resolve("scope.properties");
        if (Files.exists(properties)) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(read(properties)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Optional.ofNullable(p.getProperty("since")).map(String::strip);
        }
        Matcher m = SINCE.matcher(read(migrations(example).get(0)));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static List<RulePage.Example> examples(String ruleId) {
        return files(ruleId).stream().map(RuleExamples::example).toList();
    }

    private static RulePage.Example example(Path path) {
        String name = path.getFileName().toString();
        if (!Files.isDirectory(path)) {
            return new RulePage.Example(name, read(path));
        }
        List<RulePage.Migration> migrations = migrations(path).stream()
                .map(p -> new RulePage.Migration(p.getFileName().toString(), read(p))).toList();
        String scope = since(path)
                .map(v -> "migrations up to version " + v + " were applied earlier (replayed, not linted); "
                        + "the ones after it are linted as one deployment (`since` " + v + ")")
                .orElse("all migrations are pending and linted as one deployment");
        return new RulePage.Example(name, migrations, scope);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
