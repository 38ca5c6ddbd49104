package io.github.migrationguard.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Flyway's placeholder replacement ({@code PlaceholderReplacingReader}), in one linear pass.
 *
 * <ul>
 *   <li>Names are case-insensitive; values are not scanned again.</li>
 *   <li>It applies everywhere in the text, comments and string literals included.</li>
 *   <li>Flyway matches the prefix without backtracking: after a partial prefix it emits the characters
 *       read so far unchanged, so {@code $${x}} is not a placeholder. We do the same.</li>
 *   <li>A name without a value stays as written and is reported; Flyway fails the deploy on it.</li>
 *   <li>Built-ins ({@code flyway:defaultSchema}, …) come from {@link #builtIns}; where Flyway asks the
 *       database we use the configured value or a documented stand-in.</li>
 * </ul>
 *
 * Line numbers stay those of the file unless a value holds a line break (rare; the lines after it then
 * shift, as they do for Flyway, which parses the replaced text).
 */
public final class Placeholders {

    /** Stand-in for {@code ${flyway:timestamp}}: a fixed time keeps reports reproducible. */
    public static final String TIMESTAMP_STAND_IN = "1970-01-01 00:00:00";
    /** Stand-in schema, user and database when the configuration does not name them (PostgreSQL's usual ones). */
    public static final String SCHEMA_STAND_IN = "public";
    public static final String USER_STAND_IN = "postgres";
    public static final String DATABASE_STAND_IN = "postgres";

    /** The outcome for one script. */
    public record Replaced(String text, List<UnresolvedPlaceholder> unresolved) {
        public Replaced {
            unresolved = List.copyOf(unresolved);
        }
    }

    private final String prefix;
    private final String suffix;
    private final Map<String, String> values;

    /** @param values by name, matched case-insensitively */
    public Placeholders(String prefix, String suffix, Map<String, String> values) {
        this.prefix = prefix;
        this.suffix = suffix;
        this.values = new HashMap<>();
        values.forEach((k, v) -> this.values.put(k.toLowerCase(Locale.ROOT), v == null ? "" : v));
    }

    /** The configured placeholders plus Flyway's built-ins for one script (built-ins win, as in Flyway). */
    public static Placeholders forScript(FlywaySettings settings, String fileName, String workingDirectory) {
        Map<String, String> all = new HashMap<>(settings.placeholders());
        all.putAll(builtIns(settings, fileName, workingDirectory));
        return new Placeholders(settings.placeholderPrefix(), settings.placeholderSuffix(), all);
    }

    public static Map<String, String> builtIns(FlywaySettings settings, String fileName, String workingDirectory) {
        String ns = "flyway" + settings.placeholderSeparator();
        Map<String, String> map = new HashMap<>();
        map.put(ns + "defaultSchema", settings.effectiveDefaultSchema().orElse(SCHEMA_STAND_IN));
        map.put(ns + "user", settings.user().orElse(USER_STAND_IN));
        map.put(ns + "database", settings.database().orElse(DATABASE_STAND_IN));
        map.put(ns + "timestamp", TIMESTAMP_STAND_IN);
        map.put(ns + "filename", fileName);
        map.put(ns + "workingDirectory", workingDirectory);
        map.put(ns + "table", settings.table());
        map.put(ns + "environment", settings.environment());
        return map;
    }

    public Replaced replace(String file, String text) {
        StringBuilder out = new StringBuilder(text.length());
        List<UnresolvedPlaceholder> unresolved = new ArrayList<>();
        Position pos = new Position();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int matched = 0;
            while (matched < prefix.length() && i + matched < n && text.charAt(i + matched) == prefix.charAt(matched)) {
                matched++;
            }
            if (matched < prefix.length()) {
                // Emit the partial prefix and the char that broke it, unexamined (Flyway's reader does).
                int end = Math.min(n, i + matched + 1);
                pos.append(out, text, i, end);
                i = end;
                continue;
            }
            int nameStart = i + prefix.length();
            int close = text.indexOf(suffix, nameStart);
            String name = close < 0 ? restOfLine(text, nameStart) : text.substring(nameStart, close);
            int end = close < 0 ? n : close + suffix.length();
            String value = close < 0 ? null : values.get(name.toLowerCase(Locale.ROOT));
            if (value == null) {
                unresolved.add(new UnresolvedPlaceholder(file, pos.line, pos.column, name));
                pos.append(out, text, i, end);
            } else {
                pos.append(out, value, 0, value.length());
            }
            i = end;
        }
        return new Replaced(out.toString(), unresolved);
    }

    private static String restOfLine(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(from, end);
    }

    /** Line and column in the output so far. */
    private static final class Position {
        int line = 1;
        int column = 1;

        void append(StringBuilder out, CharSequence source, int from, int to) {
            for (int k = from; k < to; k++) {
                char c = source.charAt(k);
                out.append(c);
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        }
    }
}
