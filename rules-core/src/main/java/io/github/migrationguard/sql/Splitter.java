package io.github.migrationguard.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a script into statements at each {@code ;} outside parentheses, as psql does: a
 * {@code CREATE RULE … DO (…; …)} stays whole through the parentheses, and the SQL-standard body of
 * {@code CREATE FUNCTION/PROCEDURE … BEGIN ATOMIC … END} stays whole by counting its {@code CASE … END}.
 * Linear in the input, no recursion: nesting is a counter.
 */
public final class Splitter {

    private final String text;
    private final int baseOffset;
    private final List<SqlStatement> statements = new ArrayList<>();
    /** Comments since the end of the previous statement: they belong to the next one. */
    private final List<Token> comments = new ArrayList<>();
    private final List<Token> current = new ArrayList<>();
    private int parenDepth;
    /** Open {@code BEGIN ATOMIC} and {@code CASE} blocks of a function body; 0 outside one. */
    private int atomicDepth;

    private Splitter(String text, int baseOffset) {
        this.text = text;
        this.baseOffset = baseOffset;
    }

    public static SplitResult split(String text) {
        return split(text, 1, 1, 0);
    }

    /** Splits a piece of a larger file in place (see {@link Lexer#lex(String, int, int, int)}). */
    public static SplitResult split(String text, int firstLine, int firstColumn, int baseOffset) {
        String source = text == null ? "" : text;
        return split(source, baseOffset, Lexer.lex(source, firstLine, firstColumn, baseOffset));
    }

    /** Splits tokens already lexed from {@code text}, whose first char is at {@code baseOffset}. */
    static SplitResult split(String text, int baseOffset, LexResult lexed) {
        Splitter splitter = new Splitter(text, baseOffset);
        for (Token token : lexed.tokens()) {
            splitter.accept(token);
        }
        splitter.finish(null);
        return new SplitResult(splitter.statements, lexed.problems(), splitter.comments);
    }

    private void accept(Token token) {
        switch (token.type()) {
            case COPY_DATA -> {
                // Data lines of the COPY statement that just ended: not part of any statement.
            }
            case LINE_COMMENT, BLOCK_COMMENT -> comments.add(token);
            case ERROR -> {
                current.add(token);
                finish(null);
            }
            default -> {
                if (token.isSymbol(";") && parenDepth == 0 && atomicDepth == 0) {
                    finish(token);
                    return;
                }
                track(token);
                current.add(token);
            }
        }
    }

    private void track(Token token) {
        if (token.isSymbol("(")) {
            parenDepth++;
        } else if (token.isSymbol(")")) {
            parenDepth = Math.max(0, parenDepth - 1);
        } else if (atomicDepth > 0) {
            if (token.is("case")) {
                atomicDepth++;
            } else if (token.is("end")) {
                atomicDepth--;
            }
        } else if (token.is("atomic") && !current.isEmpty() && current.get(current.size() - 1).is("begin")
                && isCreateRoutine()) {
            atomicDepth = 1;
        }
    }

    /** {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}: the only statements with a BEGIN ATOMIC body. */
    private boolean isCreateRoutine() {
        if (current.size() < 2 || !current.get(0).is("create")) {
            return false;
        }
        int kind = current.get(1).is("or") && current.size() > 3 && current.get(2).is("replace") ? 3 : 1;
        return current.get(kind).is("function") || current.get(kind).is("procedure");
    }

    /** Ends the current statement at {@code semicolon} (null: at its last token); empty statements vanish. */
    private void finish(Token semicolon) {
        parenDepth = 0;
        atomicDepth = 0;
        if (current.isEmpty()) {
            return;
        }
        Token first = current.get(0);
        Token last = current.get(current.size() - 1);
        Token end = semicolon != null ? semicolon : last;
        statements.add(new SqlStatement(
                text.substring(first.offset() - baseOffset, last.endOffset() - baseOffset),
                current, comments,
                new SourceRange(first.line(), first.column(), end.endLine(), end.endColumn()),
                first.offset(), last.endOffset()));
        current.clear();
        comments.clear();
    }
}
