package io.github.migrationguard.json;

/** Input that is not valid JSON, with the 1-based place of the problem. */
public final class JsonException extends Exception {

    private final int line;
    private final int column;

    public JsonException(int line, int column, String message) {
        super(message + " at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
