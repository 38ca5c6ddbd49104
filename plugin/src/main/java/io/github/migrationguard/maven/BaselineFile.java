package io.github.migrationguard.maven;

import io.github.migrationguard.engine.Baseline;
import org.apache.maven.plugin.MojoExecutionException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading and writing the baseline file, and what the log says about it. */
final class BaselineFile {

    private BaselineFile() {
    }

    /** The baseline, or empty when the file does not exist (no baseline configured yet). */
    static Optional<Baseline> read(Path file, Path baseDir) throws MojoExecutionException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Baseline.parse(Files.readString(file, StandardCharsets.UTF_8),
                    CheckMojo.display(baseDir, file)));
        } catch (IOException e) {
            throw new MojoExecutionException("Migration Guard: cannot read the baseline " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Migration Guard: " + e.getMessage());
        }
    }

    static void write(Path file, Baseline baseline) throws MojoExecutionException {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, baseline.toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Migration Guard: cannot write the baseline " + file + ": " + e.getMessage());
        }
    }

    /** One line with the counts, then a note per stale entry; nothing when no baseline was used. */
    static List<String> logLines(Baseline.Applied applied, String name) {
        List<String> out = new ArrayList<>();
        if (applied.accepted().isEmpty() && applied.stale().isEmpty()) {
            return out;
        }
        out.add("Migration Guard baseline " + name + ": " + applied.accepted().size() + " accepted finding"
                + (applied.accepted().size() == 1 ? "" : "s") + " not gating, " + applied.stale().size()
                + " stale entr" + (applied.stale().size() == 1 ? "y" : "ies"));
        for (Baseline.Entry e : applied.stale()) {
            out.add("Migration Guard baseline: stale entry " + e.ruleId() + " in " + e.file()
                    + (e.line() > 0 ? ":" + e.line() : "") + " matches no finding any more (fixed or moved to another "
                    + "file): write the baseline again to drop it");
        }
        return out;
    }
}
