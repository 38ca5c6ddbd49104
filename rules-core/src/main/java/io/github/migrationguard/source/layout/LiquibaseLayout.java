package io.github.migrationguard.source.layout;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.Runner;
import io.github.migrationguard.source.ScriptKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase formatted SQL: files starting with {@code --liquibase formatted sql}, cut into changesets at each
 * {@code --changeset author:id attribute:value …} line. Each changeset is one script for the engine, as Liquibase
 * applies it: in its own transaction unless {@code runInTransaction:false}; statement by statement unless
 * {@code splitStatements:false}, which sends the changeset as one string.
 *
 * <p>A changeset's script keeps the whole file's line numbers: the lines of the other changesets are blanked,
 * not removed, so findings point into the real file. Files are taken in path order (the master changelog
 * that includes them is not read).
 */
final class LiquibaseLayout {

    private static final Pattern HEADER = Pattern.compile("\\s*--\\s*liquibase\\s+formatted\\s+sql\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGESET = Pattern.compile("\\s*--\\s*changeset\\s+(\\S+)(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+):(\\S+)");
    private static final Pattern LINE = Pattern.compile("[^\\r\\n]*(\\r\\n|\\r|\\n|$)");

    private LiquibaseLayout() {
    }

    /** Whether the text is a Liquibase formatted SQL changelog (its first line says so). */
    static boolean isFormattedSql(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return HEADER.matcher(first.startsWith("\uFEFF") ? first.substring(1) : first).matches();
    }

    static void read(Path dir, FolderReader reader) {
        for (Path file : reader.walk(dir, f -> FolderReader.fileName(f).toLowerCase(Locale.ROOT).endsWith(".sql"))) {
            Optional<String> text = reader.text(file);
            if (text.isEmpty()) {
                continue;
            }
            String path = reader.display(file);
            if (!isFormattedSql(text.get())) {
                reader.diagnostics.add(Diagnostic.ofFile(path, "no '--liquibase formatted sql' first line: linted as"
                        + " a plain script"));
                reader.scripts.add(MigrationScript.plain(path, text.get()));
                continue;
            }
            changesets(path, text.get(), reader);
        }
    }

    private static void changesets(String path, String text, FolderReader reader) {
        List<String> lines = lines(text);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (CHANGESET.matcher(lines.get(i).strip()).matches()) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            reader.diagnostics.add(Diagnostic.ofFile(path, "Liquibase changelog without any '--changeset author:id'"
                    + " line: Liquibase runs nothing from it"));
            return;
        }
        for (int c = 0; c < starts.size(); c++) {
            int start = starts.get(c);
            int end = c + 1 < starts.size() ? starts.get(c + 1) : lines.size();
            Matcher header = CHANGESET.matcher(lines.get(start).strip());
            header.matches();
            Map<String, String> attributes = attributes(header.group(2));
            Optional<Boolean> inTransaction = bool(attributes, "runInTransaction", path, start + 1, reader);
            boolean split = bool(attributes, "splitStatements", path, start + 1, reader).orElse(true);
            reader.scripts.add(new MigrationScript(path, ScriptKind.VERSIONED, Optional.empty(),
                    "changeset " + header.group(1), only(lines, start, end), inTransaction, Runner.LIQUIBASE, !split));
        }
    }

    private static Map<String, String> attributes(String rest) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(rest);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    private static Optional<Boolean> bool(Map<String, String> attributes, String key, String path, int line,
                                          FolderReader reader) {
        String value = attributes.get(key);
        if (value == null) {
            return Optional.empty();
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Optional.of(Boolean.valueOf(v));
        }
        reader.diagnostics.add(new Diagnostic(path, line, 0, key + " must be true or false, not '" + value + "'"));
        return Optional.empty();
    }

    /** Lines with their terminators, so that joining them gives the text back. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        int at = 0;
        while (at < text.length() && m.find(at) && m.end() > at) {
            out.add(m.group());
            at = m.end();
        }
        return out;
    }

    /** The text with every line outside {@code [start, end)} emptied, terminators kept. */
    private static String only(List<String> lines, int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i >= start && i < end) {
                out.append(line);
            } else {
                out.append(line, line.length() - terminatorLength(line), line.length());
            }
        }
        return out.toString();
    }

    private static int terminatorLength(String line) {
        if (line.endsWith("\r\n")) {
            return 2;
        }
        return line.endsWith("\n") || line.endsWith("\r") ? 1 : 0;
    }
}
