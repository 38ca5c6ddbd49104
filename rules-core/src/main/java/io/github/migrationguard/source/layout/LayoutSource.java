package io.github.migrationguard.source.layout;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.FlywaySource;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.ScriptFiles;
import io.github.migrationguard.source.SourceSet;
import io.github.migrationguard.source.UnresolvedPlaceholder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads migrations in any layout: each folder's layout is the one given or the one {@link LayoutDetector} sees.
 * Flyway folders go through {@link FlywaySource} together (one order, one duplicate check); the others through
 * their layout's reader, folder by folder, in the order given.
 */
public final class LayoutSource {

    /** Which layout a folder was read with, and why, for the log. */
    public record FolderLayout(String folder, Layout layout, String reason) {
        @Override
        public String toString() {
            return folder + ": " + layout.id() + " (" + reason + ")";
        }
    }

    /** The scripts found and the layout of each folder. */
    public record Scan(SourceSet source, List<FolderLayout> folders) {
        public Scan {
            folders = List.copyOf(folders);
        }
    }

    /** A folder to read with a layout other than Flyway's. */
    private record OtherFolder(Path dir, Layout layout) {
    }

    private static final int MAX_UNWRAP = 8;

    private LayoutSource() {
    }

    /**
     * What the CLI reads: files (Flyway naming, else plain) and folders.
     *
     * @param layout the layout of every folder, or null to detect each
     */
    public static Scan readPaths(Path baseDir, List<Path> paths, Layout layout, FlywaySettings flyway) {
        List<Path> flywayPaths = new ArrayList<>();
        List<OtherFolder> others = new ArrayList<>();
        List<FolderLayout> folders = new ArrayList<>();
        for (Path given : paths) {
            Path path = baseDir.resolve(given).normalize();
            if (!Files.isDirectory(path)) {
                flywayPaths.add(path); // a file, or a missing path FlywaySource reports
                continue;
            }
            path = unwrapped(path);
            FolderLayout folder = folderLayout(baseDir, path, layout, flyway);
            folders.add(folder);
            if (folder.layout() == Layout.FLYWAY) {
                flywayPaths.add(path);
            } else {
                others.add(new OtherFolder(path, folder.layout()));
            }
        }
        SourceSet flywaySet = flywayPaths.isEmpty() ? empty() : FlywaySource.readPaths(baseDir, flywayPaths, flyway);
        return new Scan(merge(baseDir, flywaySet, others, flyway), folders);
    }

    /**
     * What the plugin reads: Flyway locations ({@code filesystem:}, {@code classpath:}), each folder in its layout.
     *
     * @param layout the layout of every folder, or null to detect each
     */
    public static Scan scanLocations(Path baseDir, List<Path> resourceRoots, FlywaySettings flyway, Layout layout) {
        List<String> flywayLocations = new ArrayList<>();
        List<OtherFolder> others = new ArrayList<>();
        List<FolderLayout> folders = new ArrayList<>();
        List<Diagnostic> missing = new ArrayList<>();
        for (String location : flyway.locations()) {
            List<Path> dirs = FlywaySource.resolveLocation(baseDir, location, resourceRoots);
            if (dirs.isEmpty()) {
                missing.add(Diagnostic.ofFile(location, "migration location not found"));
            }
            for (Path dir : dirs) {
                FolderLayout folder = folderLayout(baseDir, dir, layout, flyway);
                folders.add(folder);
                if (folder.layout() == Layout.FLYWAY) {
                    flywayLocations.add("filesystem:" + dir.toAbsolutePath().normalize());
                } else {
                    others.add(new OtherFolder(dir, folder.layout()));
                }
            }
        }
        SourceSet flywaySet = flywayLocations.isEmpty() ? empty()
                : FlywaySource.scan(baseDir, List.of(), flyway.withLocations(flywayLocations));
        SourceSet merged = merge(baseDir, flywaySet, others, flyway);
        List<Diagnostic> diagnostics = new ArrayList<>(missing);
        diagnostics.addAll(merged.diagnostics());
        return new Scan(new SourceSet(merged.scripts(), diagnostics, merged.unresolvedPlaceholders()), folders);
    }

    /**
     * A folder that holds nothing but one sub-folder stands for that sub-folder ({@code harness/postgres}):
     * runners such as golang-migrate read one folder, not a tree, so detection must look where the files are.
     */
    static Path unwrapped(Path dir) {
        Path current = dir;
        for (int depth = 0; depth < MAX_UNWRAP; depth++) {
            List<Path> entries;
            try (Stream<Path> list = Files.list(current)) {
                entries = list.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            } catch (IOException | UncheckedIOException e) {
                return current;
            }
            if (entries.size() != 1 || !Files.isDirectory(entries.get(0))) {
                return current;
            }
            current = entries.get(0);
        }
        return current;
    }

    private static FolderLayout folderLayout(Path baseDir, Path dir, Layout layout, FlywaySettings flyway) {
        String shown = ScriptFiles.display(baseDir, dir);
        if (layout != null) {
            return new FolderLayout(shown, layout, "configured");
        }
        LayoutDetector.Detection detection = LayoutDetector.detect(dir, flyway);
        return new FolderLayout(shown, detection.layout(), "detected: " + detection.reason());
    }

    private static SourceSet merge(Path baseDir, SourceSet flywaySet, List<OtherFolder> others, FlywaySettings flyway) {
        List<MigrationScript> scripts = new ArrayList<>(flywaySet.scripts());
        List<Diagnostic> diagnostics = new ArrayList<>(flywaySet.diagnostics());
        List<UnresolvedPlaceholder> unresolved = new ArrayList<>(flywaySet.unresolvedPlaceholders());
        for (OtherFolder other : others) {
            FolderReader reader = new FolderReader(baseDir, flyway.encoding());
            read(other.layout(), other.dir(), reader);
            scripts.addAll(reader.scripts);
            diagnostics.addAll(reader.diagnostics);
        }
        return new SourceSet(scripts, diagnostics, unresolved);
    }

    private static void read(Layout layout, Path dir, FolderReader reader) {
        switch (layout) {
            case PRISMA -> PrismaLayout.read(dir, reader);
            case GOLANG_MIGRATE -> GolangMigrateLayout.read(dir, reader);
            case DIESEL -> DieselLayout.read(dir, reader);
            case LIQUIBASE -> LiquibaseLayout.read(dir, reader);
            case PLAIN, FLYWAY -> PlainLayout.read(dir, reader);
        }
    }

    private static SourceSet empty() {
        return new SourceSet(List.of(), List.of(), List.of());
    }
}
