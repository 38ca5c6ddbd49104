package io.github.migrationguard.source.layout;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.ScriptFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** What the non-Flyway layouts share: listing a folder, reading files, collecting scripts and diagnostics. */
final class FolderReader {

    private final Path baseDir;
    private final Charset charset;
    final List<MigrationScript> scripts = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();

    FolderReader(Path baseDir, Charset charset) {
        this.baseDir = baseDir;
        this.charset = charset;
    }

    /** Entries directly in {@code dir} that pass {@code filter}, sorted by name. */
    List<Path> children(Path dir, Predicate<Path> filter) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(filter).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            diagnostics.add(Diagnostic.ofFile(display(dir), "cannot list folder: " + ScriptFiles.reason(e)));
            return List.of();
        }
    }

    /** Regular files anywhere under {@code dir} that pass {@code filter}, in path order. */
    List<Path> walk(Path dir, Predicate<Path> filter) {
        return ScriptFiles.walk(baseDir, dir, diagnostics).stream().filter(filter).toList();
    }

    /** The file's text, checked for template syntax; empty (with a diagnostic) when unreadable. */
    Optional<String> text(Path file) {
        String path = display(file);
        Optional<String> text = ScriptFiles.read(file, path, charset, diagnostics);
        text.ifPresent(t -> ScriptFiles.checkTemplate(path, t, diagnostics));
        return text;
    }

    String display(Path file) {
        return ScriptFiles.display(baseDir, file);
    }

    static String fileName(Path path) {
        return path.getFileName().toString();
    }
}
