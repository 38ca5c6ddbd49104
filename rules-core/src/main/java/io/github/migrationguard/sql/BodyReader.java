package io.github.migrationguard.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the body of a {@code DO} block or a function/procedure: the SQL statements it runs, with their places
 * in the enclosing file, and the facts about it that matter on a live database (it loops, it commits, it
 * sleeps). Never throws: what cannot be read becomes a problem.
 *
 * <p>PL/pgSQL is not parsed: the body is split at {@code ;} like plain SQL and the control-flow words in front
 * of each piece ({@code BEGIN}, {@code IF … THEN}, {@code FOR … LOOP}, …) are skipped, see {@link ControlFlow}.
 * What then starts with an SQL command that changes schema or data is kept; queries and PL/pgSQL statements
 * ({@code SELECT}, {@code PERFORM}, {@code RAISE}, {@code RETURN}, assignments, {@code CALL}, …) are not.
 */
public final class BodyReader {

    /** The language of a body, as its {@code LANGUAGE} clause says. */
    public enum Language { PLPGSQL, SQL }

    /**
     * @param statements the SQL statements the body runs, in order, with ranges in the enclosing file
     * @param loops      the body has a LOOP, WHILE, FOR or FOREACH loop
     * @param commits    the body runs COMMIT or ROLLBACK (only procedures and DO blocks may)
     * @param sleeps     the body calls pg_sleep, pg_sleep_for or pg_sleep_until
     * @param variables  names the body declares or loops with (PL/pgSQL), folded: in its statements they are
     *                   values, not columns
     * @param problems   what could not be read
     */
    public record Result(List<SqlStatement> statements, boolean loops, boolean commits, boolean sleeps,
                         Set<String> variables, List<LexProblem> problems) {

        public Result {
            statements = List.copyOf(statements);
            variables = Set.copyOf(variables);
            problems = List.copyOf(problems);
        }
    }

    /** SQL commands worth analysing inside a body. {@code MERGE} too: it writes like UPDATE/INSERT/DELETE. */
    private static final Set<String> KEPT_COMMANDS = Set.of("alter", "create", "drop", "update", "delete", "insert",
            "merge", "truncate", "comment", "grant", "revoke", "lock", "reindex", "cluster", "vacuum", "analyze",
            "refresh", "set", "reset", "with");
    /** What a literal holds: a body, or the SQL string of a PL/pgSQL {@code EXECUTE}. */
    private enum Content { PLPGSQL, SQL, EXECUTED_SQL }

    private static final Set<String> SLEEPS = Set.of("pg_sleep", "pg_sleep_for", "pg_sleep_until");

    private final List<SqlStatement> statements = new ArrayList<>();
    private final List<LexProblem> problems = new ArrayList<>();
    private boolean loops;
    private boolean commits;
    private boolean sleeps;
    private final Set<String> variables = new LinkedHashSet<>();

    private BodyReader() {
    }

    /** Reads a PL/pgSQL body that stands at the given place of its file. */
    public static Result read(String bodyText, int firstLine, int firstColumn, int baseOffset) {
        BodyReader reader = new BodyReader();
        reader.readPlpgsql(nonNull(bodyText), firstLine, firstColumn, baseOffset);
        return reader.result();
    }

    /** Reads a {@code LANGUAGE sql} body: plain SQL, every statement kept. */
    public static Result readSql(String bodyText, int firstLine, int firstColumn, int baseOffset) {
        BodyReader reader = new BodyReader();
        reader.readPlainSql(nonNull(bodyText), firstLine, firstColumn, baseOffset, false);
        return reader.result();
    }

    /**
     * Reads the body written as a literal: {@code $tag$…$tag$} or {@code '…'} (e.g. the token after
     * {@code DO} or {@code AS}). Positions are exact unless the literal has escapes ({@code ''}); then every
     * statement gets the literal's range.
     */
    public static Result read(Token literal, Language language) {
        BodyReader reader = new BodyReader();
        reader.readLiteral(literal, language == Language.SQL ? Content.SQL : Content.PLPGSQL, literal.range());
        return reader.result();
    }

    private Result result() {
        return new Result(statements, loops, commits, sleeps, variables, problems);
    }

    private void readPlpgsql(String body, int firstLine, int firstColumn, int baseOffset) {
        LexResult lexed = Lexer.lex(body, firstLine, firstColumn, baseOffset, false);
        noteSleeps(lexed.tokens());
        SplitResult pieces = Splitter.split(body, baseOffset, lexed);
        problems.addAll(pieces.problems());
        ControlFlow controlFlow = new ControlFlow();
        for (SqlStatement piece : pieces.statements()) {
            ControlFlow.Start start = controlFlow.statementStart(piece.tokens());
            loops |= start.loops();
            if (start.index() < piece.tokens().size()) {
                readPiece(body, baseOffset, piece, start.index());
            }
        }
        variables.addAll(controlFlow.variables());
    }

    /** Classifies what remains of a piece after its control-flow words: {@code tokens[start..]}. */
    private void readPiece(String body, int baseOffset, SqlStatement piece, int start) {
        List<Token> tokens = piece.tokens();
        Token first = tokens.get(start);
        if (first.is("commit") || first.is("rollback")) {
            commits = true;
        } else if (isExecuteOfLiteral(tokens, start)) {
            readLiteral(tokens.get(start + 1), Content.EXECUTED_SQL, rangeFrom(first, piece));
        } else if (isKeptCommand(first)) {
            statements.add(new SqlStatement(
                    body.substring(first.offset() - baseOffset, piece.endOffset() - baseOffset),
                    tokens.subList(start, tokens.size()), piece.comments(), rangeFrom(first, piece),
                    first.offset(), piece.endOffset()));
        }
    }

    /** From {@code first} to the end of the piece, its semicolon included. */
    private static SourceRange rangeFrom(Token first, SqlStatement piece) {
        return new SourceRange(first.line(), first.column(), piece.range().endLine(), piece.range().endColumn());
    }

    /** {@code EXECUTE 'sql'} or {@code EXECUTE $$sql$$}, optionally followed by INTO or USING. */
    private static boolean isExecuteOfLiteral(List<Token> tokens, int start) {
        if (!tokens.get(start).is("execute") || start + 1 >= tokens.size()) {
            return false;
        }
        TokenType type = tokens.get(start + 1).type();
        boolean literal = type == TokenType.STRING || type == TokenType.DOLLAR_STRING;
        boolean ends = start + 2 == tokens.size() || tokens.get(start + 2).is("into") || tokens.get(start + 2).is("using");
        return literal && ends;
    }

    private static boolean isKeptCommand(Token first) {
        return first.type() == TokenType.WORD && KEPT_COMMANDS.contains(first.value());
    }

    private void readPlainSql(String body, int firstLine, int firstColumn, int baseOffset, boolean onlyKeptCommands) {
        LexResult lexed = Lexer.lex(body, firstLine, firstColumn, baseOffset, false);
        noteSleeps(lexed.tokens());
        SplitResult split = Splitter.split(body, baseOffset, lexed);
        problems.addAll(split.problems());
        for (SqlStatement statement : split.statements()) {
            if (statement.startsWith("commit") || statement.startsWith("rollback")) {
                commits = true;
            }
            if (!onlyKeptCommands || isKeptCommand(statement.tokens().get(0))) {
                statements.add(statement);
            }
        }
    }

    /**
     * Reads a literal's content in place when its text is its value; otherwise reads the value and puts
     * {@code fallback} as the range of what it finds, since escapes make the positions inside unknowable.
     */
    private void readLiteral(Token literal, Content content, SourceRange fallback) {
        if (literal.type() != TokenType.STRING && literal.type() != TokenType.DOLLAR_STRING) {
            problems.add(new LexProblem("a body must be a string or dollar-quoted literal, found " + literal.type(),
                    literal.range()));
            return;
        }
        String value = literal.value();
        int contentStart = literal.type() == TokenType.DOLLAR_STRING
                ? literal.text().indexOf('$', 1) + 1
                : literal.text().indexOf('\'') + 1;
        boolean inPlace = literal.text().startsWith(value, contentStart);
        int before = statements.size();
        int firstColumn = inPlace ? literal.column() + contentStart : literal.column();
        int offset = inPlace ? literal.offset() + contentStart : literal.offset();
        switch (content) {
            case PLPGSQL -> readPlpgsql(value, literal.line(), firstColumn, offset);
            case SQL -> readPlainSql(value, literal.line(), firstColumn, offset, false);
            case EXECUTED_SQL -> readPlainSql(value, literal.line(), firstColumn, offset, true);
        }
        if (!inPlace) {
            for (int i = before; i < statements.size(); i++) {
                SqlStatement s = statements.get(i);
                statements.set(i, new SqlStatement(s.text(), s.tokens(), s.comments(), fallback,
                        literal.offset(), literal.endOffset()));
            }
        }
    }

    private void noteSleeps(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size() && !sleeps; i++) {
            Token token = tokens.get(i);
            sleeps = token.type() == TokenType.WORD && SLEEPS.contains(token.value()) && tokens.get(i + 1).isSymbol("(");
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
