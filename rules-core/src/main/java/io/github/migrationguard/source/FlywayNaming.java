package io.github.migrationguard.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies file names as Flyway 13 does ({@code ResourceNameParser}): strip the first matching suffix
 * (case-insensitively), take the longest matching prefix (case-sensitively), split at the first separator;
 * versioned kinds need a version before it, repeatables nothing. {@code V1.sql} is a valid migration with
 * an empty description; {@code V1_init.sql} is not (the version would be {@code 1_init}).
 *
 * <p>Where Flyway only counts skipped names in one log line, we say which name is wrong for the ones
 * that look like migrations: a known prefix with a bad version, or a known prefix in the wrong case
 * ({@code v1__x.sql}). Callbacks ({@code afterMigrate.sql}, …) are not migrations.
 */
public final class FlywayNaming {

    /** Flyway's callback file names all start with an event id such as {@code beforeMigrate} or {@code afterEachMigrate}. */
    private static final Pattern CALLBACK = Pattern.compile("(before|after)[A-Z].*|createSchema.*");

    /** Words Flyway's {@code MigrationVersion.fromVersion} maps to its own target versions, not to numbers. */
    private static final Set<String> FLYWAY_SPECIAL_VERSIONS = Set.of("current", "latest", "next");

    private record Prefix(String text, ScriptKind kind) {
    }

    private final FlywaySettings settings;
    private final List<Prefix> prefixes;

    public FlywayNaming(FlywaySettings settings) {
        this.settings = settings;
        List<Prefix> list = new ArrayList<>(List.of(
                new Prefix(settings.sqlMigrationPrefix(), ScriptKind.VERSIONED),
                new Prefix(settings.repeatableSqlMigrationPrefix(), ScriptKind.REPEATABLE),
                new Prefix(settings.undoSqlMigrationPrefix(), ScriptKind.UNDO),
                new Prefix(settings.baselineMigrationPrefix(), ScriptKind.BASELINE)));
        // Flyway tries the hardest-to-match (longest) prefix first; the sort is stable for equal lengths.
        list.sort(Comparator.comparingInt((Prefix p) -> p.text().length()).reversed());
        this.prefixes = List.copyOf(list);
    }

    /** Whether Flyway scans this file at all: it must end with one of the suffixes. */
    public boolean hasMigrationSuffix(String fileName) {
        return suffixOf(fileName).isPresent();
    }

    public ScriptName classify(String fileName) {
        Optional<String> suffix = suffixOf(fileName);
        if (suffix.isEmpty() || CALLBACK.matcher(fileName).matches()) {
            return new ScriptName.NotMigration();
        }
        String stem = fileName.substring(0, fileName.length() - suffix.get().length());
        Optional<Prefix> prefix = prefixes.stream().filter(p -> stem.startsWith(p.text())).findFirst();
        if (prefix.isEmpty()) {
            return wrongCasePrefix(fileName, stem);
        }
        String rest = stem.substring(prefix.get().text().length());
        String separator = settings.sqlMigrationSeparator();
        int at = rest.indexOf(separator);
        String versionText = at < 0 ? rest : rest.substring(0, at);
        String description = (at < 0 ? "" : rest.substring(at + separator.length())).replace('_', ' ');
        ScriptKind kind = prefix.get().kind();
        if (kind == ScriptKind.REPEATABLE) {
            return versionText.isEmpty()
                    ? new ScriptName.Migration(kind, Optional.empty(), description)
                    : new ScriptName.Malformed("a repeatable migration has no version: name it "
                            + prefix.get().text() + separator + description.replace(' ', '_') + suffix.get());
        }
        if (versionText.isEmpty()) {
            return new ScriptName.Malformed("no version after '" + prefix.get().text() + "': name it like "
                    + prefix.get().text() + "1.2" + separator + "description" + suffix.get());
        }
        try {
            return new ScriptName.Migration(kind, Optional.of(MigrationVersion.parse(versionText)), description);
        } catch (IllegalArgumentException e) {
            if (FLYWAY_SPECIAL_VERSIONS.contains(versionText.toLowerCase(Locale.ROOT))) {
                return new ScriptName.Malformed("'" + versionText + "' is not a version number: Flyway reads it as its"
                        + " special target version of that name and runs the file out of order; name it with digits");
            }
            return new ScriptName.Malformed("'" + versionText + "' is not a version (digits separated by '.' or '_')"
                    + (at < 0 ? "; the separator between version and description is '" + separator + "'" : ""));
        }
    }

    private Optional<String> suffixOf(String fileName) {
        String upper = fileName.toUpperCase(Locale.ROOT);
        return settings.sqlMigrationSuffixes().stream()
                .filter(s -> upper.endsWith(s.toUpperCase(Locale.ROOT)) && fileName.length() > s.length())
                .findFirst();
    }

    /** {@code v1__x.sql}: Flyway's prefixes are case-sensitive, so it silently skips such a file. */
    private ScriptName wrongCasePrefix(String fileName, String stem) {
        for (Prefix p : prefixes) {
            if (stem.regionMatches(true, 0, p.text(), 0, p.text().length())) {
                String rest = stem.substring(p.text().length());
                boolean looksVersioned = !rest.isEmpty() && Character.isDigit(rest.charAt(0));
                if (looksVersioned || rest.startsWith(settings.sqlMigrationSeparator())) {
                    return new ScriptName.Malformed("prefixes are case-sensitive: Flyway skips " + fileName
                            + " (the prefix is '" + p.text() + "')");
                }
            }
        }
        return new ScriptName.NotMigration();
    }
}
