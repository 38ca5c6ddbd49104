package io.github.migrationguard.maven;

import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.report.ReportContext;
import io.github.migrationguard.report.ReportFormat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The {@code formats} parameter: which reports to write, and writing them under the report directory. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Parses {@code json, sarif} and the like (entries may themselves be comma-separated); json when empty. */
    public static Set<ReportFormat> formats(List<String> names) throws ConfigurationException {
        Set<ReportFormat> out = new LinkedHashSet<>();
        if (names != null) {
            for (String entry : names) {
                for (String name : entry.split(",")) {
                    if (name.isBlank()) {
                        continue;
                    }
                    try {
                        ReportFormat format = ReportFormat.parse(name);
                        if (!format.writesFile()) {
                            throw new ConfigurationException("Report format '" + name.strip()
                                    + "' is for the console; the plugin writes json, sarif, junit, checkstyle, gitlab "
                                    + "and markdown (GitHub annotations are printed when GITHUB_ACTIONS=true)");
                        }
                        out.add(format);
                    } catch (IllegalArgumentException e) {
                        throw new ConfigurationException(e.getMessage());
                    }
                }
            }
        }
        if (out.isEmpty()) {
            out.add(ReportFormat.JSON);
        }
        return out;
    }

    /** Writes each format's file; returns the paths written, in order. */
    public static List<Path> write(Path directory, Set<ReportFormat> formats, LintResult result, ReportContext context)
            throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path file = directory.resolve(format.fileName());
            Files.writeString(file, format.render(result, context), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }
}
