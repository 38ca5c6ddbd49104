package io.github.migrationguard.source;

import io.github.migrationguard.Diagnostic;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;

/**
 * Reading one script file, for every layout: size limit, decoding ({@link ScriptDecoder}) and the template
 * check ({@link TemplateDetector}). Problems go to the caller's diagnostics; nothing throws.
 */
public final class ScriptFiles {

    private ScriptFiles() {
    }

    /** The decoded text, or empty (with a diagnostic) when the file is too large, binary or unreadable. */
    public static Optional<String> read(Path file, String path, Charset charset, List<Diagnostic> diagnostics) {
        try {
            long size = Files.size(file);
            if (size > ScriptDecoder.MAX_BYTES) {
                diagnostics.add(ScriptDecoder.tooLarge(path, size).diagnostic());
                return Optional.empty();
            }
            ScriptDecoder.Decoded decoded = ScriptDecoder.decode(path, Files.readAllBytes(file), charset);
            if (decoded instanceof ScriptDecoder.Decoded.Text text) {
                text.diagnostic().ifPresent(diagnostics::add);
                return Optional.of(text.text());
            }
            diagnostics.add(((ScriptDecoder.Decoded.Skipped) decoded).diagnostic());
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.ofFile(path, "cannot read: " + reason(e)));
            return Optional.empty();
        }
    }

    /**
     * Regular files anywhere under {@code dir}, in path order, symbolic links followed. A folder or file that
     * cannot be read, or a link that loops, is reported with its path and skipped; the rest is still listed.
     */
    public static List<Path> walk(Path baseDir, Path dir, List<Diagnostic> diagnostics) {
        List<Path> files = new ArrayList<>();
        try {
            // Flyway follows links to files and folders; a link back up is reported once instead of walked forever
            Files.walkFileTree(dir, Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    diagnostics.add(Diagnostic.ofFile(display(baseDir, file), "cannot read: " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) {
                        diagnostics.add(Diagnostic.ofFile(display(baseDir, d), "cannot list folder: " + reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.add(Diagnostic.ofFile(display(baseDir, dir), "cannot list folder: " + reason(e)));
        }
        files.sort(null);
        return files;
    }

    /** Why a file could not be read, without the machine's absolute path that the exception message holds. */
    public static String reason(Exception failure) {
        Exception e = failure instanceof java.io.UncheckedIOException u ? u.getCause() : failure;
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.startsWith("/") ? "" : ": " + message);
    }

    /** One diagnostic for a script that is a template ({@code {{ … }}}, {@code {% … %}}) rather than SQL. */
    public static void checkTemplate(String path, String text, List<Diagnostic> diagnostics) {
        OptionalInt line = TemplateDetector.firstTemplateLine(text);
        if (line.isPresent()) {
            diagnostics.add(new Diagnostic(path, line.getAsInt(), 0, "template syntax at line " + line.getAsInt()
                    + ": linted as written, a {{ … }} value standing for a name; statements with other template syntax "
                    + "are not analysed; render the template before linting for an exact result"));
        }
    }

    /** {@code file} relative to {@code baseDir}, '/'-separated; absolute when on another drive. */
    public static String display(Path baseDir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            return baseDir.toAbsolutePath().normalize().relativize(abs).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return abs.toString().replace('\\', '/');
        }
    }
}
