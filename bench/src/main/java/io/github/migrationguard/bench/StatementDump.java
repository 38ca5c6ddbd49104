package io.github.migrationguard.bench;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.FlywaySource;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.SourceSet;
import io.github.migrationguard.sql.ReadResult;
import io.github.migrationguard.sql.StatementReader;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Prints every statement the engine would analyse, one JSON object per line (file, line, column,
 * end line, nesting, model record, frontend, the first 200 characters), so that the accuracy
 * sampler ({@code bench/accuracy-sample.py}) can draw statements without findings. Reads its arguments like {@code migration-guard check} does (folders
 * or files, relative to the working directory), so the file names match the CLI's JSON report.
 *
 * <pre>
 * ./mvnw -q -B -Pbench -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar io.github.migrationguard.bench.StatementDump DIR...
 * </pre>
 */
public final class StatementDump {

    private static final int EXCERPT = 200;

    private StatementDump() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: StatementDump FOLDER_OR_FILE...");
            System.exit(2);
        }
        List<Path> paths = Arrays.stream(args).map(Path::of).toList();
        SourceSet set = FlywaySource.readPaths(Path.of(""), paths, FlywaySettings.defaults());
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (MigrationScript script : set.scripts()) {
            ReadResult read = StatementReader.read(script.text());
            for (AnalyzedStatement s : read.statements()) {
                out.println(line(script, s));
            }
        }
        out.flush();
    }

    private static String line(MigrationScript script, AnalyzedStatement s) {
        String text = s.sql().text();
        String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) : text;
        return "{\"file\":" + quote(script.path())
                + ",\"line\":" + s.sql().range().line()
                + ",\"column\":" + s.sql().range().column()
                + ",\"endLine\":" + s.sql().range().endLine()
                + ",\"nesting\":" + quote(s.nesting().name())
                + ",\"model\":" + quote(s.model().getClass().getSimpleName())
                + ",\"frontend\":" + quote(s.frontend().name())
                + ",\"sql\":" + quote(excerpt) + "}";
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static String quote(String value) {
        StringBuilder b = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
