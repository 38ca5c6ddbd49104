package io.github.migrationguard.sql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PL/pgSQL's control-flow words in front of an embedded SQL statement. The body is split at {@code ;} like
 * plain SQL, so a piece reads e.g. {@code <<outer>> BEGIN IF x THEN UPDATE t SET …}: this class finds where
 * the statement proper starts, and remembers across pieces what it needs (inside a DECLARE section or not).
 */
final class ControlFlow {

    /** Where the piece's statement starts: an index into its tokens, or the size when nothing remains. */
    record Start(int index, boolean loops) {
    }

    private boolean declaring;
    private final Set<String> variables = new LinkedHashSet<>();

    /** The names the body declares ({@code DECLARE name …}) or loops with ({@code FOR name IN …}), folded. */
    Set<String> variables() {
        return variables;
    }

    Start statementStart(List<Token> tokens) {
        boolean loops = false;
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.isSymbol("<<") && i + 2 < tokens.size() && tokens.get(i + 2).isSymbol(">>")) {
                i += 3;
            } else if (token.isSymbol("#") && i + 1 < tokens.size()
                    && (tokens.get(i + 1).is("variable_conflict") || tokens.get(i + 1).is("print_strict_params"))) {
                i += 3;
            } else if (token.is("declare")) {
                declaring = true;
                i++;
            } else if (token.is("begin")) {
                declaring = false;
                i++;
            } else if (declaring || token.is("end")) {
                if (declaring && token.isIdentifier()) {
                    variables.add(token.value());
                }
                // A declaration, or END [IF|LOOP|CASE] [label]: nothing of SQL follows in this piece.
                return new Start(tokens.size(), loops);
            } else if (token.is("if") || token.is("elsif") || token.is("elseif") || token.is("when")) {
                i = after(tokens, i + 1, "then");
            } else if (token.is("case")) {
                // CASE [operand] WHEN …: continue at the WHEN, which the branch above then skips to THEN.
                i = indexOf(tokens, i + 1, "when");
            } else if (token.is("else") || token.is("exception")) {
                i++;
            } else if (token.is("loop")) {
                loops = true;
                i++;
            } else if (token.is("while") || token.is("for") || token.is("foreach")) {
                loops = true;
                if (!token.is("while")) {
                    // FOR r IN …, FOR a, b IN …, FOREACH x [SLICE n] IN ARRAY …
                    for (int v = i + 1; v < tokens.size() && tokens.get(v).isIdentifier() && !tokens.get(v).is("in")
                            && !tokens.get(v).is("slice"); v += 2) {
                        variables.add(tokens.get(v).value());
                        if (v + 1 >= tokens.size() || !tokens.get(v + 1).isSymbol(",")) {
                            break;
                        }
                    }
                }
                i = after(tokens, i + 1, "loop");
            } else {
                break;
            }
        }
        return new Start(Math.min(i, tokens.size()), loops);
    }

    /** Index just after {@link #indexOf}'s match, or the size when there is none. */
    private static int after(List<Token> tokens, int from, String keyword) {
        return Math.min(indexOf(tokens, from, keyword) + 1, tokens.size());
    }

    /**
     * Index of the first {@code keyword} from {@code from} that is not inside a CASE … END of a condition,
     * or the size when there is none.
     */
    private static int indexOf(List<Token> tokens, int from, String keyword) {
        int caseDepth = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (caseDepth == 0 && token.is(keyword)) {
                return i;
            }
            if (token.is("case")) {
                caseDepth++;
            } else if (token.is("end") && caseDepth > 0) {
                caseDepth--;
            }
        }
        return tokens.size();
    }
}
