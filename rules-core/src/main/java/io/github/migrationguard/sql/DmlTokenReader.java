package io.github.migrationguard.sql;

import io.github.migrationguard.model.Predicate;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code UPDATE}, {@code DELETE} and {@code INSERT} from tokens when JSqlParser cannot: the
 * table, the set columns, the tables read, whether a {@code LIMIT} is written. {@code WHERE} clauses
 * stay {@link Predicate.Opaque}, which rules treat as unbounded.
 */
final class DmlTokenReader {

    private static final Set<String> DML = Set.of("update", "delete", "insert");
    private static final Set<String> QUERY_STARTS = Set.of("select", "insert", "update", "delete", "merge", "values",
            "table");
    private static final Set<String> UPDATE_CLAUSES = Set.of("from", "where", "returning", "limit");
    private static final Set<String> AFTER_WHERE = Set.of("returning", "limit", "order");
    private static final Set<String> AFTER_QUERY_WHERE = Set.of("group", "having", "window", "order", "limit", "offset",
            "fetch", "union", "intersect", "except", "on", "returning", "for");
    private static final Set<String> QUERY_FROM_END = Set.of("where", "group", "having", "window", "order", "limit",
            "offset", "fetch", "union", "intersect", "except", "returning");
    private static final Set<String> NOT_ALIASES = Set.of("set", "using", "where", "returning", "from", "limit",
            "overriding", "default", "values", "select", "with", "on", "join", "inner", "left", "right", "full",
            "cross", "natural", "order", "group");

    private DmlTokenReader() {
    }

    /** {@code update}, {@code delete} or {@code insert} when the statement is one (possibly behind WITH). */
    static Optional<String> mainVerb(List<Token> tokens) {
        int at = mainVerbIndex(tokens);
        return at < 0 ? Optional.empty() : Optional.of(tokens.get(at).value());
    }

    private static int mainVerbIndex(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.get(0).type() != TokenType.WORD) {
            return -1;
        }
        String first = tokens.get(0).value();
        if (DML.contains(first)) {
            return 0;
        }
        if (!first.equals("with")) {
            return -1;
        }
        int depth = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && t.type() == TokenType.WORD && QUERY_STARTS.contains(t.value())) {
                return DML.contains(t.value()) ? i : -1;
            }
        }
        return -1;
    }

    /** A {@code LIMIT} outside parentheses: only the statement's own, which PostgreSQL does not have. */
    static boolean hasTopLevelLimit(List<Token> tokens) {
        int start = Math.max(0, mainVerbIndex(tokens));
        int depth = 0;
        for (int i = start; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && t.is("limit")) {
                return true;
            }
        }
        return false;
    }

    /** The model read from tokens, or {@link Statement.Unrecognized} saying where reading stopped. */
    static Statement read(SqlStatement statement) {
        try {
            int verb = mainVerbIndex(statement.tokens());
            if (verb < 0) {
                return new Statement.Unrecognized("not an UPDATE, DELETE or INSERT");
            }
            TokenCursor c = new TokenCursor(statement);
            c.reset(verb);
            Statement read = switch (c.next().value()) {
                case "update" -> update(c);
                case "delete" -> delete(c);
                default -> insert(c);
            };
            return withoutQueryNames(read, WithQueries.dataModifyingNames(statement.tokens()));
        } catch (ReadFailure e) {
            return new Statement.Unrecognized(e.getMessage());
        } catch (RuntimeException e) {
            return new Statement.Unrecognized("internal error while reading the statement ("
                    + e.getClass().getSimpleName() + "); please report it");
        }
    }

    /** The model with the names of the statement's data-modifying WITH queries taken out of the tables it reads. */
    private static Statement withoutQueryNames(Statement read, Set<String> queries) {
        if (queries.isEmpty()) {
            return read;
        }
        java.util.function.Predicate<QualifiedName> table = n -> n.schema() != null || !queries.contains(n.name());
        if (read instanceof Statement.Update u) {
            return new Statement.Update(u.table(), u.setColumns(), u.where(), u.limited(),
                    u.fromTables().stream().filter(table).toList());
        }
        if (read instanceof Statement.Delete d) {
            return new Statement.Delete(d.table(), d.where(), d.limited(), d.usingTables().stream().filter(table).toList());
        }
        if (read instanceof Statement.Insert i) {
            return new Statement.Insert(i.table(), i.columns(), i.fromSelect(),
                    i.readsFrom().stream().filter(table).toList(), i.selectWhere(), i.selectLimited(), i.onConflictUpdate());
        }
        return read;
    }

    private static Statement update(TokenCursor c) {
        QualifiedName table = target(c);
        c.expect("set");
        List<String> columns = new ArrayList<>();
        do {
            if (c.isSymbol("(")) {
                columns.addAll(c.nameList());
            } else {
                columns.add(c.identifier());
            }
            skipUntilWords(c, UPDATE_CLAUSES, true);
        } while (c.acceptSymbol(","));
        int end = c.statement().tokens().size();
        List<QualifiedName> from = c.accept("from") ? tableList(c, UPDATE_CLAUSES, end) : List.of();
        Optional<Predicate> where = where(c, AFTER_WHERE, end);
        boolean limited = hasTopLevelLimit(c.statement().tokens());
        return new Statement.Update(table, columns, where, limited, from);
    }

    private static Statement delete(TokenCursor c) {
        c.expect("from");
        QualifiedName table = target(c);
        int end = c.statement().tokens().size();
        List<QualifiedName> using = c.accept("using") ? tableList(c, UPDATE_CLAUSES, end) : List.of();
        Optional<Predicate> where = where(c, AFTER_WHERE, end);
        return new Statement.Delete(table, where, hasTopLevelLimit(c.statement().tokens()), using);
    }

    private static Statement insert(TokenCursor c) {
        c.expect("into");
        QualifiedName table = c.qualifiedName();
        if (c.accept("as")) {
            c.identifier();
        }
        List<String> columns = List.of();
        Token after = c.peek(1);
        if (c.isSymbol("(") && after != null && !after.is("select") && !after.is("with") && !after.is("values")) {
            columns = c.nameList();
        }
        if (c.accept("overriding")) {
            c.next();
            c.expect("value");
        }
        boolean fromSelect = !c.is("default", "values") && !c.is("values");
        List<QualifiedName> reads = new ArrayList<>();
        Optional<Predicate> where = Optional.empty();
        boolean limited = false;
        if (fromSelect) {
            boolean parenthesised = c.isSymbol("(");
            int queryStart = c.position() + (parenthesised ? 1 : 0);
            int queryEnd = queryEnd(c, parenthesised);
            QueryScan scan = scanQuery(c, queryStart, queryEnd);
            reads.addAll(scan.tables);
            where = scan.where;
            limited = scan.limited;
        }
        boolean onConflictUpdate = onConflictDoUpdate(c.statement().tokens());
        return new Statement.Insert(table, columns, fromSelect, reads, where, limited, onConflictUpdate);
    }

    /** {@code [ONLY] name [*] [[AS] alias]}. */
    private static QualifiedName target(TokenCursor c) {
        c.accept("only");
        QualifiedName table = c.qualifiedName();
        c.acceptSymbol("*");
        if (c.accept("as")) {
            c.identifier();
        } else if (c.peek() != null && c.peek().isIdentifier() && !NOT_ALIASES.contains(c.peek().value())) {
            c.identifier();
        }
        return table;
    }

    /** Skips items up to a top-level word in {@code stops} (or a comma when {@code atComma}) or the end. */
    private static void skipUntilWords(TokenCursor c, Set<String> stops, boolean atComma) {
        while (!c.atEnd() && !(atComma && c.isSymbol(",")) && !isWordIn(c.peek(), stops)) {
            c.skipItem();
        }
    }

    private static boolean isWordIn(Token t, Set<String> words) {
        return t != null && t.type() == TokenType.WORD && words.contains(t.value());
    }

    /**
     * Tables of a FROM/USING list, up to a top-level word in {@code stops} or token {@code end}: each item
     * after the keyword, a comma or a JOIN; subqueries and join conditions skipped.
     */
    private static List<QualifiedName> tableList(TokenCursor c, Set<String> stops, int end) {
        List<QualifiedName> tables = new ArrayList<>();
        boolean expectItem = true;
        while (c.position() < end && !c.atEnd() && !isWordIn(c.peek(), stops)) {
            if (c.isSymbol(",") || c.is("join")) {
                c.next();
                expectItem = true;
            } else if (c.is("only") || c.is("lateral")) {
                c.next();
            } else if (expectItem && c.peek().isIdentifier()) {
                QualifiedName name = c.qualifiedName();
                if (!c.isSymbol("(")) {
                    tables.add(name); // name(…) is a set-returning function such as generate_series, not a table
                }
                expectItem = false;
            } else {
                c.skipItem();
                expectItem = false;
            }
        }
        return tables;
    }

    /** {@code WHERE …} up to a top-level word in {@code stops} or token {@code end}, kept opaque. */
    private static Optional<Predicate> where(TokenCursor c, Set<String> stops, int end) {
        if (!c.accept("where")) {
            return Optional.empty();
        }
        int start = c.position();
        while (c.position() < end && !c.atEnd() && !isWordIn(c.peek(), stops)) {
            c.skipItem();
        }
        return Optional.of(new Predicate.Opaque(c.text(start, Math.min(c.position(), end))));
    }

    /** The end (exclusive) of an INSERT's query: before a top-level ON CONFLICT or RETURNING. */
    private static int queryEnd(TokenCursor c, boolean parenthesised) {
        int start = c.position();
        if (parenthesised) {
            c.skipItem();
            int end = c.position() - 1;
            c.reset(start);
            return end;
        }
        while (!c.atEnd() && !c.is("on", "conflict") && !c.is("returning")) {
            c.skipItem();
        }
        int end = c.position();
        c.reset(start);
        return end;
    }

    private static final class QueryScan {
        final List<QualifiedName> tables = new ArrayList<>();
        Optional<Predicate> where = Optional.empty();
        boolean limited;
    }

    /** The top level of the query in tokens {@code [from, to)}: its FROM tables, WHERE and LIMIT. */
    private static QueryScan scanQuery(TokenCursor c, int from, int to) {
        QueryScan scan = new QueryScan();
        List<Token> tokens = c.statement().tokens();
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && (t.is("limit") || t.is("fetch"))) {
                scan.limited = true;
            } else if (depth == 0 && t.is("from")) {
                TokenCursor list = new TokenCursor(c.statement());
                list.reset(i + 1);
                scan.tables.addAll(tableList(list, QUERY_FROM_END, to));
                i = Math.max(i, list.position() - 1);
            } else if (depth == 0 && t.is("where") && scan.where.isEmpty()) {
                TokenCursor clause = new TokenCursor(c.statement());
                clause.reset(i);
                scan.where = where(clause, AFTER_QUERY_WHERE, to);
                i = Math.max(i, clause.position() - 1);
            }
        }
        return scan;
    }

    private static boolean onConflictDoUpdate(List<Token> tokens) {
        int depth = 0;
        boolean conflict = false;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && t.is("on") && tokens.get(i + 1).is("conflict")) {
                conflict = true;
            } else if (conflict && depth == 0 && t.is("do") && tokens.get(i + 1).is("update")) {
                return true;
            }
        }
        return false;
    }
}
