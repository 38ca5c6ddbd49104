package io.github.migrationguard.source;

import io.github.migrationguard.Diagnostic;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * A script's own settings, from {@code <script>.conf} next to it (e.g. {@code V3__x.sql.conf}). Flyway 13
 * reads exactly these keys ({@code SqlScriptMetadata}) and fails on any other; its values go through
 * placeholder replacement first, as Flyway does.
 *
 * @param shouldExecute the expression as written; Flyway skips the script when it evaluates to false
 * @param problems      unknown keys and unreadable values, each a diagnostic on the {@code .conf} file
 */
public record ScriptConf(Optional<Boolean> executeInTransaction, Optional<Charset> encoding,
                         Optional<Boolean> placeholderReplacement, Optional<String> shouldExecute,
                         List<Diagnostic> problems) {

    public static final String SUFFIX = ".conf";

    public static final ScriptConf NONE =
            new ScriptConf(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    public ScriptConf {
        problems = List.copyOf(problems);
    }

    /** Whether {@code shouldExecute} is written as a plain {@code false}: Flyway will not run the script. */
    public boolean neverExecutes() {
        return shouldExecute.map(s -> s.trim().equalsIgnoreCase("false")).orElse(false);
    }

    /**
     * Parses the text of a {@code .conf} file as Flyway 13 does ({@code ConfigUtils}): Java properties,
     * but each line trimmed first and backslashes taken literally ({@code \\u0066alse} is not {@code false}),
     * except one at the end of a line, which continues the value on the next line.
     */
    public static ScriptConf parse(String confPath, String text) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(literalBackslashes(text)));
        } catch (IOException | IllegalArgumentException e) {
            return new ScriptConf(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(Diagnostic.ofFile(confPath, "unreadable script configuration: " + e.getMessage())));
        }
        List<Diagnostic> problems = new ArrayList<>();
        Optional<Boolean> inTransaction = Optional.empty();
        Optional<Charset> encoding = Optional.empty();
        Optional<Boolean> replacement = Optional.empty();
        Optional<String> shouldExecute = Optional.empty();
        for (String key : props.stringPropertyNames().stream().sorted().toList()) {
            String value = props.getProperty(key).trim();
            switch (key) {
                case "executeInTransaction" -> inTransaction = bool(confPath, key, value, problems);
                case "placeholderReplacement" -> replacement = bool(confPath, key, value, problems);
                case "encoding" -> encoding = charset(confPath, value, problems);
                case "shouldExecute" -> shouldExecute = Optional.of(value);
                default -> problems.add(Diagnostic.ofFile(confPath, "unknown script configuration property '" + key
                        + "': Flyway fails on it (known: executeInTransaction, encoding, placeholderReplacement,"
                        + " shouldExecute)"));
            }
        }
        return new ScriptConf(inTransaction, encoding, replacement, shouldExecute, problems);
    }

    private static String literalBackslashes(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n");
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim().replace("\\", "\\\\");
            String next = i < lines.length - 1 ? lines[i + 1] : "";
            boolean nextIsFlywayKey = next.trim().startsWith("flyway.") && next.contains("=");
            if (line.endsWith("\\\\") && !next.isEmpty() && !nextIsFlywayKey) {
                line = line.substring(0, line.length() - 1); // the last one continues the line, as in Flyway
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static Optional<Boolean> bool(String confPath, String key, String value, List<Diagnostic> problems) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Optional.of(Boolean.valueOf(v));
        }
        problems.add(Diagnostic.ofFile(confPath, key + " must be true or false, not '" + value + "'"));
        return Optional.empty();
    }

    private static Optional<Charset> charset(String confPath, String value, List<Diagnostic> problems) {
        try {
            return Optional.of(Charset.forName(value));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            problems.add(Diagnostic.ofFile(confPath, "unknown encoding '" + value + "'"));
            return Optional.empty();
        }
    }
}
