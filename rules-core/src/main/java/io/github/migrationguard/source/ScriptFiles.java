package io.github.migrationguard.source;

import io.github.migrationguard.Diagnostic;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
            diagnostics.add(Diagnostic.ofFile(path, "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** One diagnostic for a script that is a template ({@code {{ … }}}, {@code {% … %}}) rather than SQL. */
    public static void checkTemplate(String path, String text, List<Diagnostic> diagnostics) {
        OptionalInt line = TemplateDetector.firstTemplateLine(text);
        if (line.isPresent()) {
            diagnostics.add(new Diagnostic(path, line.getAsInt(), 0, "template syntax at line " + line.getAsInt()
                    + ": render the template before linting"));
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
