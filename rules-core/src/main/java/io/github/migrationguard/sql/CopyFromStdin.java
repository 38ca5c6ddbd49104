package io.github.migrationguard.sql;

/**
 * Watches the token stream for {@code COPY … FROM STDIN …;}: after such a statement the next lines are data
 * (up to a line {@code \.}), not SQL, and must not be lexed as SQL.
 */
final class CopyFromStdin {

    private Token first;
    private boolean previousWasFrom;
    private boolean fromStdin;
    /** The COPY statement whose data has not been read yet, or null. */
    private SourceRange pending;

    void observe(Token token) {
        if (token.isComment()) {
            return;
        }
        if (token.isSymbol(";")) {
            if (first != null && first.is("copy") && fromStdin) {
                pending = first.range().span(token.range());
            }
            first = null;
            fromStdin = false;
            previousWasFrom = false;
            return;
        }
        if (first == null) {
            first = token;
        }
        if (previousWasFrom && token.is("stdin")) {
            fromStdin = true;
        }
        previousWasFrom = token.is("from");
    }

    boolean dataFollows() {
        return pending != null;
    }

    /** The statement whose data is about to be read; clears the pending state. */
    SourceRange takeStatement() {
        SourceRange statement = pending;
        pending = null;
        return statement;
    }
}
