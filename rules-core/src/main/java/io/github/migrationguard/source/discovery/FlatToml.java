package io.github.migrationguard.source.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of TOML that Flyway's {@code flyway.toml} uses, flattened to dotted keys: {@code [table]} headers,
 * {@code key = value} with dotted or quoted keys, strings, booleans, numbers, arrays (over several lines too,
 * joined with commas) and one-line inline tables. Anything else is a problem with its line, not an exception.
 */
final class FlatToml {

    /** The flattened values and the lines that could not be read. */
    record Result(Map<String, String> values, List<String> problems) {
    }

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private FlatToml() {
    }

    static Result parse(String text) {
        FlatToml toml = new FlatToml();
        toml.read(text);
        return new Result(toml.values, toml.problems);
    }

    private void read(String text) {
        String table = "";
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).strip();
            int lineNo = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]") || line.startsWith("[[")) {
                    problems.add("line " + lineNo + ": unsupported table header " + line);
                    continue;
                }
                table = joinKey(line.substring(1, line.length() - 1));
                continue;
            }
            int eq = indexOutsideQuotes(line, '=');
            if (eq < 0) {
                problems.add("line " + lineNo + ": expected key = value");
                continue;
            }
            String key = joinKey(line.substring(0, eq));
            StringBuilder value = new StringBuilder(line.substring(eq + 1).strip());
            // An array may go on over the next lines until its brackets balance.
            while (value.toString().startsWith("[") && depth(value) > 0 && i + 1 < lines.length) {
                i++;
                value.append(' ').append(stripComment(lines[i]).strip());
            }
            String full = table.isEmpty() ? key : table + "." + key;
            put(full, value.toString(), lineNo);
        }
    }

    private void put(String key, String raw, int lineNo) {
        if (raw.startsWith("{")) {
            if (!raw.endsWith("}")) {
                problems.add("line " + lineNo + ": unsupported inline table");
                return;
            }
            for (String part : splitTopLevel(raw.substring(1, raw.length() - 1))) {
                int eq = indexOutsideQuotes(part, '=');
                if (eq > 0) {
                    put(key + "." + joinKey(part.substring(0, eq)), part.substring(eq + 1).strip(), lineNo);
                }
            }
            return;
        }
        if (raw.startsWith("[")) {
            if (!raw.endsWith("]")) {
                problems.add("line " + lineNo + ": unterminated array");
                return;
            }
            List<String> items = new ArrayList<>();
            for (String part : splitTopLevel(raw.substring(1, raw.length() - 1))) {
                if (!part.isBlank()) {
                    items.add(scalar(part.strip()));
                }
            }
            values.put(key, String.join(",", items));
            return;
        }
        values.put(key, scalar(raw));
    }

    private static String scalar(String raw) {
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return unescape(raw.substring(1, raw.length() - 1));
        }
        if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
            return raw.substring(1, raw.length() - 1);
        }
        return raw;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    default -> out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code a."b.c" . d} → {@code a.b.c.d}: quotes only protect characters, the result is dotted. */
    private static String joinKey(String key) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (char c : key.strip().toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    out.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String stripComment(String line) {
        int at = indexOutsideQuotes(line, '#');
        return at < 0 ? line : line.substring(0, at);
    }

    private static int indexOutsideQuotes(String s, char wanted) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static int depth(CharSequence s) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return depth;
    }

    /** Splits on commas that are not inside quotes, brackets or braces. */
    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
