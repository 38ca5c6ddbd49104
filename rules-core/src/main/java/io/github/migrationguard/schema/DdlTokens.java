package io.github.migrationguard.schema;

import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.sql.Lexer;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;
import io.github.migrationguard.sql.TokenType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few facts the catalog needs that the statement model leaves out ({@code LIKE}, {@code INHERITS} and
 * {@code PARTITION BY} of a {@code CREATE TABLE}, a policy's name, the relation of a statement no frontend
 * could read, dynamic SQL in a {@code DO} block), read straight from the tokens.
 */
final class DdlTokens {

    private DdlTokens() {
    }

    /** {@code CREATE TABLE … (LIKE source [INCLUDING …], …)}: the sources and their options, in order. */
    static List<Like> likes(SqlStatement sql) {
        List<Token> tokens = sql.tokens();
        List<Like> likes = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 1 && t.is("like") && i > 0 && (tokens.get(i - 1).isSymbol("(") || tokens.get(i - 1).isSymbol(","))) {
                int[] end = {i + 1};
                Optional<QualifiedName> source = nameAt(tokens, end);
                List<String> including = new ArrayList<>();
                int j = end[0];
                for (; j < tokens.size() && !tokens.get(j).isSymbol(",") && !tokens.get(j).isSymbol(")"); j++) {
                    if (tokens.get(j).is("including") && j + 1 < tokens.size()) {
                        including.add(tokens.get(j + 1).value());
                    }
                }
                source.ifPresent(s -> likes.add(new Like(s, including)));
            }
        }
        return likes;
    }

    /** {@code LIKE source INCLUDING …}: {@code including} holds the option words, lower case. */
    record Like(QualifiedName source, List<String> including) {
        boolean copiesDefaults() {
            return including.contains("defaults") || including.contains("all");
        }

        boolean copiesMoreThanColumns() {
            return including.contains("all") || including.contains("indexes") || including.contains("constraints");
        }
    }

    /** {@code INHERITS (parent, …)} at the top level of a {@code CREATE TABLE}. */
    static List<QualifiedName> inherits(SqlStatement sql) {
        List<Token> tokens = sql.tokens();
        List<QualifiedName> parents = new ArrayList<>();
        int at = topLevel(tokens, "inherits");
        if (at >= 0 && at + 1 < tokens.size() && tokens.get(at + 1).isSymbol("(")) {
            int[] position = {at + 2};
            while (position[0] < tokens.size()) {
                nameAt(tokens, position).ifPresent(parents::add);
                if (position[0] >= tokens.size() || !tokens.get(position[0]).isSymbol(",")) {
                    break;
                }
                position[0]++;
            }
        }
        return parents;
    }

    /** {@code PARTITION BY} at the top level: a partitioned table. */
    static boolean partitionBy(SqlStatement sql) {
        List<Token> tokens = sql.tokens();
        int at = topLevel(tokens, "partition");
        while (at >= 0) {
            if (at + 1 < tokens.size() && tokens.get(at + 1).is("by")) {
                return true;
            }
            int next = topLevel(tokens.subList(at + 1, tokens.size()), "partition");
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /** The (possibly qualified) name starting at token {@code at}, as in {@code ALTER FUNCTION name(…)}. */
    static Optional<QualifiedName> nameAfter(SqlStatement sql, int at) {
        List<Token> tokens = sql.tokens();
        if (at >= tokens.size() || !tokens.get(at).isIdentifier()) {
            return Optional.empty();
        }
        if (at + 2 < tokens.size() && tokens.get(at + 1).isSymbol(".") && tokens.get(at + 2).isIdentifier()) {
            return Optional.of(new QualifiedName(tokens.get(at).value(), tokens.get(at + 2).value()));
        }
        return Optional.of(QualifiedName.of(tokens.get(at).value()));
    }

    /** The statement ends with {@code WITH NO DATA} ({@code CREATE MATERIALIZED VIEW}, {@code CREATE TABLE AS}). */
    static boolean endsWithNoData(SqlStatement sql) {
        List<Token> tokens = sql.tokens();
        int n = tokens.size();
        return n >= 3 && tokens.get(n - 3).is("with") && tokens.get(n - 2).is("no") && tokens.get(n - 1).is("data");
    }

    /** {@code CREATE TABLE … PARTITION OF parent … DEFAULT}: the parent's DEFAULT partition. */
    static boolean defaultPartition(SqlStatement sql) {
        List<Token> tokens = sql.tokens();
        int at = topLevel(tokens, "partition");
        if (at < 0 || at + 2 >= tokens.size() || !tokens.get(at + 1).is("of")) {
            return false;
        }
        return topLevel(tokens.subList(at + 2, tokens.size()), "default") >= 0;
    }

    /**
     * The policy's name in {@code CREATE|ALTER|DROP POLICY [IF EXISTS] name ON table}, and for
     * {@code ALTER POLICY … RENAME TO new} the new name as second element.
     */
    static List<String> policyNames(SqlStatement sql) {
        List<Token> tokens = sql.tokens();
        List<String> names = new ArrayList<>();
        int i = 2;
        if (i + 1 < tokens.size() && tokens.get(i).is("if") && tokens.get(i + 1).is("exists")) {
            i += 2;
        }
        if (i < tokens.size() && tokens.get(i).isIdentifier()) {
            names.add(tokens.get(i).value());
        }
        for (int j = i; j + 2 < tokens.size(); j++) {
            if (tokens.get(j).is("rename") && tokens.get(j + 1).is("to")) {
                names.add(tokens.get(j + 2).value());
            }
        }
        return names;
    }

    /** What an unreadable statement was about, as far as its leading words tell. */
    record Guess(QualifiedName relation, boolean creates) {
    }

    /**
     * The relation of {@code ALTER TABLE [IF EXISTS] [ONLY] name …}, {@code CREATE [TEMP|UNLOGGED] TABLE
     * [IF NOT EXISTS] name …} or {@code CREATE [UNIQUE] INDEX … ON [ONLY] name}.
     */
    static Optional<Guess> guessRelation(SqlStatement sql) {
        List<Token> tokens = sql.tokens();
        if (tokens.size() < 3) {
            return Optional.empty();
        }
        int i = 1;
        boolean creates = tokens.get(0).is("create");
        if (!creates && !tokens.get(0).is("alter")) {
            return Optional.empty();
        }
        while (i < tokens.size() && (tokens.get(i).is("or") || tokens.get(i).is("replace") || tokens.get(i).is("temp")
                || tokens.get(i).is("temporary") || tokens.get(i).is("unlogged") || tokens.get(i).is("global")
                || tokens.get(i).is("local") || tokens.get(i).is("unique"))) {
            i++;
        }
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        if (tokens.get(i).is("index") && creates) {
            int on = topLevel(tokens, "on");
            if (on < 0) {
                return Optional.empty();
            }
            int[] position = {on + 1};
            skip(tokens, position, "only");
            return nameAt(tokens, position).map(n -> new Guess(n, false));
        }
        if (!tokens.get(i).is("table")) {
            return Optional.empty();
        }
        int[] position = {i + 1};
        skip(tokens, position, "if", "not", "exists");
        skip(tokens, position, "if", "exists");
        skip(tokens, position, "only");
        return nameAt(tokens, position).map(n -> new Guess(n, creates));
    }

    /** Whether a DO block's body runs {@code EXECUTE} of a computed string, which no reader can follow. */
    static boolean runsDynamicSql(SqlStatement doBlock) {
        for (Token literal : doBlock.tokens()) {
            if (literal.type() == TokenType.DOLLAR_STRING || literal.type() == TokenType.STRING) {
                List<Token> body = Lexer.lex(literal.value()).tokens().stream().filter(t -> !t.isComment()).toList();
                for (int i = 0; i < body.size(); i++) {
                    if (body.get(i).is("execute") && !executesLiteral(body, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean executesLiteral(List<Token> body, int execute) {
        if (execute + 1 >= body.size()) {
            return false;
        }
        TokenType type = body.get(execute + 1).type();
        if (type != TokenType.STRING && type != TokenType.DOLLAR_STRING) {
            return false;
        }
        if (execute + 2 >= body.size()) {
            return true;
        }
        Token after = body.get(execute + 2);
        return after.isSymbol(";") || after.is("into") || after.is("using");
    }

    private static int topLevel(List<Token> tokens, String word) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && t.is(word)) {
                return i;
            }
        }
        return -1;
    }

    private static void skip(List<Token> tokens, int[] position, String... words) {
        for (int k = 0; k < words.length; k++) {
            int at = position[0] + k;
            if (at >= tokens.size() || !tokens.get(at).is(words[k])) {
                return;
            }
        }
        position[0] += words.length;
    }

    /** A possibly qualified name starting at {@code position[0]}; moves the position past it. */
    private static Optional<QualifiedName> nameAt(List<Token> tokens, int[] position) {
        List<String> parts = new ArrayList<>();
        int i = position[0];
        while (i < tokens.size() && tokens.get(i).isIdentifier()) {
            parts.add(tokens.get(i).value());
            i++;
            if (i < tokens.size() && tokens.get(i).isSymbol(".")) {
                i++;
            } else {
                break;
            }
        }
        position[0] = i;
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        int n = parts.size();
        return Optional.of(n == 1 ? QualifiedName.of(parts.get(0)) : new QualifiedName(parts.get(n - 2), parts.get(n - 1)));
    }
}
