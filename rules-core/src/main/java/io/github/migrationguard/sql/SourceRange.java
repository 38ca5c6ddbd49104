package io.github.migrationguard.sql;

/** A 1-based, inclusive range of a migration file: where a statement or a clause stands. */
public record SourceRange(int line, int column, int endLine, int endColumn) {

    public static SourceRange at(int line, int column) {
        return new SourceRange(line, column, line, column);
    }

    /** The smallest range covering both. */
    public SourceRange span(SourceRange other) {
        boolean thisStarts = line < other.line || (line == other.line && column <= other.column);
        boolean thisEnds = endLine > other.endLine || (endLine == other.endLine && endColumn >= other.endColumn);
        return new SourceRange(
                thisStarts ? line : other.line, thisStarts ? column : other.column,
                thisEnds ? endLine : other.endLine, thisEnds ? endColumn : other.endColumn);
    }
}
