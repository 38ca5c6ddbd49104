package io.github.migrationguard;

/**
 * A problem with the input itself rather than a risk in it: an unreadable file, a template, an
 * unterminated quote. Never fatal: the run goes on and reports it with its place.
 *
 * @param file   path as reported (relative to the project root or working directory)
 * @param line   1-based, 0 when the problem concerns the whole file
 * @param column 1-based, 0 when unknown
 */
public record Diagnostic(String file, int line, int column, String message) {

    public static Diagnostic ofFile(String file, String message) {
        return new Diagnostic(file, 0, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
