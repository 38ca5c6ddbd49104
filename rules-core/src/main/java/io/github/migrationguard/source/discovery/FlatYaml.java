package io.github.migrationguard.source.discovery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of YAML that Spring Boot's {@code application.yml} uses for settings, flattened to dotted keys per
 * document ({@code ---}): nested block mappings, plain and quoted scalars, lists of scalars (block {@code - x} or
 * flow {@code [x, y]}, joined with commas as Spring binds them). Block scalars ({@code |}, {@code >}) and lists of
 * mappings are skipped: no Flyway setting needs them.
 */
final class FlatYaml {

    private FlatYaml() {
    }

    private record Level(int indent, String key) {
    }

    static List<Map<String, String>> parse(String text) {
        List<Map<String, String>> documents = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        Deque<Level> path = new ArrayDeque<>();
        int skipDeeperThan = -1;
        String listKey = null;
        int listIndent = -1;
        for (String raw : text.split("\\R", -1)) {
            if (raw.startsWith("---") || raw.startsWith("...")) {
                documents.add(current);
                current = new LinkedHashMap<>();
                path.clear();
                skipDeeperThan = -1;
                listKey = null;
                continue;
            }
            String line = stripComment(raw);
            if (line.isBlank()) {
                continue;
            }
            int indent = indentOf(line);
            if (skipDeeperThan >= 0) {
                if (indent > skipDeeperThan) {
                    continue;
                }
                skipDeeperThan = -1;
            }
            String content = line.strip();
            if (content.startsWith("- ") || content.equals("-")) {
                if (listKey != null && indent >= listIndent) {
                    String item = scalar(content.substring(1).strip());
                    if (!item.contains(": ")) {
                        current.merge(listKey, item, (a, b) -> a + "," + b);
                    }
                }
                continue;
            }
            listKey = null;
            while (!path.isEmpty() && path.peek().indent() >= indent) {
                path.pop();
            }
            int colon = keyColon(content);
            if (colon < 0) {
                continue;
            }
            String key = scalar(content.substring(0, colon).strip());
            String value = content.substring(colon + 1).strip();
            String full = prefix(path) + key;
            if (value.isEmpty()) {
                path.push(new Level(indent, key));
                listKey = full;
                listIndent = indent;
            } else if (value.startsWith("|") || value.startsWith(">")) {
                skipDeeperThan = indent;
            } else if (value.startsWith("[") && value.endsWith("]")) {
                List<String> items = new ArrayList<>();
                for (String part : value.substring(1, value.length() - 1).split(",")) {
                    if (!part.isBlank()) {
                        items.add(scalar(part.strip()));
                    }
                }
                current.put(full, String.join(",", items));
            } else {
                current.put(full, scalar(value));
            }
        }
        documents.add(current);
        documents.removeIf(Map::isEmpty);
        return documents;
    }

    private static String prefix(Deque<Level> path) {
        StringBuilder out = new StringBuilder();
        List<Level> levels = new ArrayList<>(path);
        for (int i = levels.size() - 1; i >= 0; i--) {
            out.append(levels.get(i).key()).append('.');
        }
        return out.toString();
    }

    /** The colon that ends a key: followed by a space or the end, outside quotes. */
    private static int keyColon(String s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static String scalar(String s) {
        if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
