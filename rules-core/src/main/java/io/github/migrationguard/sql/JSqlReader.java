package io.github.migrationguard.sql;

import io.github.migrationguard.model.Frontend;
import io.github.migrationguard.model.Predicate;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.ConflictActionType;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JSqlParser frontend, for {@code UPDATE}, {@code DELETE} and {@code INSERT} (also behind
 * {@code WITH}): the statements whose {@code WHERE} rules read at expression level. One statement
 * at a time, never a script, bounded by {@link #TIMEOUT_MILLIS}. {@link DmlTokenReader} reads the
 * statement first; JSqlParser is asked only when there is a {@code WHERE} or a query to shape. When it
 * fails, times out or the statement is nested too deeply for it, the token reading stands, with the
 * {@code WHERE} kept opaque.
 */
public final class JSqlReader {

    /** How long JSqlParser may spend on one statement before the token reading takes over. */
    public static final long TIMEOUT_MILLIS = 2_000;

    /**
     * Parenthesis depth beyond which JSqlParser is not tried: its recursive descent slows down
     * sharply and can overflow the stack, while the token reading stays linear.
     */
    static final int MAX_NESTING = 40;

    /** The model and who built it. */
    public record Result(Statement statement, Frontend frontend) {
    }

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    /**
     * Parser threads are daemons so that a parse abandoned on timeout never keeps the JVM alive; the
     * pool grows only while an abandoned parse is still winding down.
     */
    private static final ExecutorService PARSER_THREADS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "migration-guard-jsqlparser-" + THREAD_NUMBER.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private JSqlReader() {
    }

    /** True for the statements this frontend reads: UPDATE, DELETE, INSERT, and WITH … in front of one. */
    public static boolean handles(SqlStatement statement) {
        return DmlTokenReader.mainVerb(statement.tokens()).isPresent();
    }

    public static Result read(SqlStatement statement) {
        return read(statement, Set.of());
    }

    /**
     * Reads a statement in which {@code variables} (folded names, e.g. a PL/pgSQL body's variables and
     * parameters, also as {@code record.field}) stand for values, not columns.
     */
    public static Result read(SqlStatement statement, Set<String> variables) {
        return read(statement, variables, TIMEOUT_MILLIS);
    }

    /** As {@link #read(SqlStatement)} with another time bound; for tests. */
    static Result read(SqlStatement statement, long timeoutMillis) {
        return read(statement, Set.of(), timeoutMillis);
    }

    private static Result read(SqlStatement statement, Set<String> variables, long timeoutMillis) {
        Optional<String> unreadable = UnreadableText.reason(statement.tokens());
        if (unreadable.isPresent()) {
            return new Result(new Statement.Unrecognized(unreadable.get()), Frontend.NONE);
        }
        Statement fromTokens = DmlTokenReader.read(statement);
        if (!needsExpressions(fromTokens)) {
            return tokenResult(fromTokens);
        }
        if (nesting(statement.tokens()) <= MAX_NESTING) {
            try {
                Optional<Statement> model = build(parse(statement.text(), timeoutMillis), statement,
                        new PredicateBuilder(variables));
                if (model.isPresent()) {
                    return new Result(model.get(), Frontend.JSQLPARSER);
                }
            } catch (JSQLParserException | RuntimeException | StackOverflowError e) {
                // Parse failure or timeout: the token reading below covers what rules need.
            }
            return tokenResult(withParsedWhere(fromTokens, new PredicateBuilder(variables), timeoutMillis));
        }
        return tokenResult(fromTokens);
    }

    /**
     * The token reading with its opaque {@code WHERE} shaped after all, parsed on its own: JSqlParser often
     * fails on the rest of a statement (a table named {@code settings}, PostgreSQL-only syntax) while its
     * condition is plain. Without the statement, the condition is judged with no scope.
     */
    private static Statement withParsedWhere(Statement fromTokens, PredicateBuilder predicates, long timeoutMillis) {
        if (fromTokens instanceof Statement.Update u && u.where().orElse(null) instanceof Predicate.Opaque o) {
            return parsedCondition(o, predicates, timeoutMillis)
                    .<Statement>map(w -> new Statement.Update(u.table(), u.setColumns(), Optional.of(w), u.limited(),
                            u.fromTables()))
                    .orElse(u);
        }
        if (fromTokens instanceof Statement.Delete d && d.where().orElse(null) instanceof Predicate.Opaque o) {
            return parsedCondition(o, predicates, timeoutMillis)
                    .<Statement>map(w -> new Statement.Delete(d.table(), Optional.of(w), d.limited(), d.usingTables()))
                    .orElse(d);
        }
        if (fromTokens instanceof Statement.Insert i && i.selectWhere().orElse(null) instanceof Predicate.Opaque o) {
            return parsedCondition(o, predicates, timeoutMillis)
                    .<Statement>map(w -> new Statement.Insert(i.table(), i.columns(), i.fromSelect(), i.readsFrom(),
                            Optional.of(w), i.selectLimited(), i.onConflictUpdate()))
                    .orElse(i);
        }
        return fromTokens;
    }

    private static Optional<Predicate> parsedCondition(Predicate.Opaque condition, PredicateBuilder predicates,
                                                       long timeoutMillis) {
        try {
            net.sf.jsqlparser.statement.Statement parsed = parse("SELECT 1 WHERE " + condition.text(), timeoutMillis);
            if (parsed instanceof PlainSelect && ((PlainSelect) parsed).getWhere() != null) {
                return Optional.of(predicates.build(((PlainSelect) parsed).getWhere()));
            }
        } catch (JSQLParserException | RuntimeException | StackOverflowError e) {
            // The condition stays opaque.
        }
        return Optional.empty();
    }

    private static Result tokenResult(Statement fromTokens) {
        return new Result(fromTokens, fromTokens instanceof Statement.Unrecognized ? Frontend.NONE : Frontend.TOKENS);
    }

    /**
     * Whether JSqlParser has anything to add to the token reading: a {@code WHERE} to shape, or the
     * query of an {@code INSERT … SELECT}. Without one, the tokens say all there is, several times faster.
     */
    private static boolean needsExpressions(Statement fromTokens) {
        if (fromTokens instanceof Statement.Update) {
            return ((Statement.Update) fromTokens).where().isPresent();
        }
        if (fromTokens instanceof Statement.Delete) {
            return ((Statement.Delete) fromTokens).where().isPresent();
        }
        if (fromTokens instanceof Statement.Insert) {
            return ((Statement.Insert) fromTokens).fromSelect();
        }
        // Unrecognized by tokens: JSqlParser may still read it.
        return true;
    }

    private static net.sf.jsqlparser.statement.Statement parse(String sql, long timeoutMillis)
            throws JSQLParserException {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(sql);
        configure(parser, timeoutMillis);
        return CCJSqlParserUtil.parseStatement(parser, PARSER_THREADS);
    }

    /** The one parser setup every statement gets. */
    private static void configure(CCJSqlParser parser, long timeoutMillis) {
        parser.withDialect(AbstractJSqlParser.Dialect.POSTGRESQL)
                .withTimeOut(timeoutMillis)
                .withAllowedNestingDepth(MAX_NESTING * 2);
    }

    /** The deepest parenthesis nesting in the tokens. */
    static int nesting(List<Token> tokens) {
        int depth = 0;
        int max = 0;
        for (Token t : tokens) {
            if (t.isSymbol("(") || t.isSymbol("[")) {
                max = Math.max(max, ++depth);
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            }
        }
        return max;
    }

    private static Optional<Statement> build(net.sf.jsqlparser.statement.Statement parsed, SqlStatement statement,
                                             PredicateBuilder predicates) {
        boolean limitWritten = DmlTokenReader.hasTopLevelLimit(statement.tokens());
        if (parsed instanceof Update) {
            return Optional.of(update((Update) parsed, limitWritten, predicates));
        }
        if (parsed instanceof Delete && ((Delete) parsed).getTable() != null) {
            return Optional.of(delete((Delete) parsed, limitWritten, predicates));
        }
        if (parsed instanceof Insert) {
            return Optional.of(insert((Insert) parsed, predicates));
        }
        return Optional.empty();
    }

    private static Statement update(Update u, boolean limitWritten, PredicateBuilder predicates) {
        List<String> columns = new ArrayList<>();
        for (UpdateSet set : u.getUpdateSets()) {
            for (Column c : set.getColumns()) {
                columns.add(Names.fold(c.getColumnName()));
            }
        }
        List<QualifiedName> from = new ArrayList<>();
        addTable(from, u.getFromItem());
        addJoins(from, u.getStartJoins());
        addJoins(from, u.getJoins());
        List<FromItem> sources = new ArrayList<>();
        sources.add(u.getFromItem());
        joined(sources, u.getStartJoins());
        joined(sources, u.getJoins());
        PredicateBuilder scoped = scoped(predicates, u.getTable(), u.getWithItemsList(), sources);
        return new Statement.Update(Names.of(u.getTable()), columns, where(u.getWhere(), scoped),
                limitWritten || u.getLimit() != null, from);
    }

    private static Statement delete(Delete d, boolean limitWritten, PredicateBuilder predicates) {
        List<QualifiedName> using = new ArrayList<>();
        List<FromItem> sources = new ArrayList<>();
        if (d.getUsingFromItemList() != null) {
            d.getUsingFromItemList().forEach(item -> addTable(using, item));
            sources.addAll(d.getUsingFromItemList());
        }
        addJoins(using, d.getJoins());
        joined(sources, d.getJoins());
        PredicateBuilder scoped = scoped(predicates, d.getTable(), d.getWithItemsList(), sources);
        return new Statement.Delete(Names.of(d.getTable()), where(d.getWhere(), scoped),
                limitWritten || d.getLimit() != null, using);
    }

    private static Statement insert(Insert i, PredicateBuilder predicates) {
        List<String> columns = new ArrayList<>();
        if (i.getColumns() != null) {
            for (Column c : i.getColumns()) {
                columns.add(Names.fold(c.getColumnName()));
            }
        }
        Select select = i.getSelect();
        boolean fromSelect = select != null && !(unparenthesised(select) instanceof Values);
        List<QualifiedName> reads = new ArrayList<>();
        Optional<Predicate> where = Optional.empty();
        boolean limited = false;
        if (fromSelect) {
            List<WithItem<?>> ctes = withItems(i, select);
            readTables(select, ctes, reads);
            Select body = unparenthesised(select);
            PredicateBuilder scoped = predicates.scope(Set.of(), limitedCtes(predicates, ctes));
            if (body instanceof PlainSelect) {
                PlainSelect plain = (PlainSelect) body;
                List<FromItem> sources = new ArrayList<>();
                sources.add(plain.getFromItem());
                joined(sources, plain.getJoins());
                scoped = scoped(predicates, plain.getFromItem() instanceof Table ? (Table) plain.getFromItem() : null,
                        ctes, sources);
                where = restriction(plain, scoped);
            }
            limited = scoped.limited(select);
        }
        boolean onConflictUpdate = i.getConflictAction() != null
                && i.getConflictAction().getConflictActionType() == ConflictActionType.DO_UPDATE;
        return new Statement.Insert(Names.of(i.getTable()), columns, fromSelect, reads, where, limited,
                onConflictUpdate);
    }

    /**
     * The builder for one statement: {@code table} (when known) is the one whose rows are bounded, the
     * limited CTEs and the limited row sources among {@code sources} are what its keys may be matched against.
     */
    private static PredicateBuilder scoped(PredicateBuilder predicates, Table table, List<WithItem<?>> ctes,
                                           List<FromItem> sources) {
        Set<String> targets = new LinkedHashSet<>();
        if (table != null && table.getName() != null) {
            targets.add(Names.fold(table.getName()));
            if (table.getAlias() != null && table.getAlias().getName() != null) {
                targets.add(Names.fold(table.getAlias().getName()));
            }
        }
        PredicateBuilder scoped = predicates.scope(targets, limitedCtes(predicates, ctes));
        Set<String> limitedSources = new LinkedHashSet<>();
        for (FromItem source : sources) {
            scoped.limitedSource(source).ifPresent(limitedSources::add);
        }
        return scoped.joining(limitedSources);
    }

    /** The names of the CTEs whose query is limited, in order, each judged with the ones before it. */
    private static Set<String> limitedCtes(PredicateBuilder predicates, List<WithItem<?>> ctes) {
        Set<String> limited = new LinkedHashSet<>();
        if (ctes == null) {
            return limited;
        }
        for (WithItem<?> cte : ctes) {
            if (cte.getAliasName() != null && cte.getSelect() != null
                    && predicates.scope(Set.of(), limited).limited(cte.getSelect())) {
                limited.add(Names.fold(cte.getAliasName()));
            }
        }
        return limited;
    }

    /** The query's WHERE and the ON conditions of its inner joins: both restrict the rows it reads. */
    private static Optional<Predicate> restriction(PlainSelect select, PredicateBuilder predicates) {
        Expression restriction = select.getWhere();
        if (select.getJoins() != null) {
            for (Join join : select.getJoins()) {
                boolean inner = !(join.isLeft() || join.isRight() || join.isFull() || join.isOuter()
                        || join.isCross() || join.isNatural() || join.isApply());
                if (inner && join.getOnExpressions() != null) {
                    for (Expression on : join.getOnExpressions()) {
                        restriction = restriction == null ? on : new AndExpression(restriction, on);
                    }
                }
            }
        }
        return where(restriction, predicates);
    }

    private static void joined(List<FromItem> sources, List<Join> joins) {
        if (joins != null) {
            joins.forEach(j -> sources.add(j.getFromItem()));
        }
    }

    private static List<WithItem<?>> withItems(Insert i, Select select) {
        List<WithItem<?>> items = new ArrayList<>();
        if (i.getWithItemsList() != null) {
            items.addAll(i.getWithItemsList());
        }
        if (select.getWithItemsList() != null) {
            items.addAll(select.getWithItemsList());
        }
        return items;
    }

    /** The tables a query reads at its top level; a CTE's name stands for the tables the CTE reads. */
    private static void readTables(Select select, List<WithItem<?>> ctes, List<QualifiedName> reads) {
        Set<QualifiedName> found = new LinkedHashSet<>();
        List<Select> pending = new ArrayList<>();
        pending.add(select);
        Set<String> expanded = new LinkedHashSet<>();
        for (int n = 0; n < pending.size() && n < 256; n++) {
            Select s = unparenthesised(pending.get(n));
            if (s instanceof SetOperationList) {
                pending.addAll(((SetOperationList) s).getSelects());
                continue;
            }
            if (!(s instanceof PlainSelect)) {
                continue;
            }
            List<FromItem> items = new ArrayList<>();
            items.add(((PlainSelect) s).getFromItem());
            if (((PlainSelect) s).getJoins() != null) {
                ((PlainSelect) s).getJoins().forEach(j -> items.add(j.getFromItem()));
            }
            for (FromItem item : items) {
                if (item instanceof ParenthesedSelect) {
                    pending.add((ParenthesedSelect) item);
                } else if (item instanceof Table) {
                    Optional<WithItem<?>> cte = cte(ctes, (Table) item);
                    if (cte.isPresent()) {
                        // a data-modifying CTE has no query: its rows are judged as a statement of their own
                        if (cte.get().getSelect() != null && expanded.add(cte.get().getAliasName())) {
                            pending.add(cte.get().getSelect());
                        }
                    } else {
                        found.add(Names.of((Table) item));
                    }
                }
            }
        }
        reads.addAll(found);
    }

    private static Optional<WithItem<?>> cte(List<WithItem<?>> ctes, Table table) {
        if (table.getSchemaName() != null) {
            return Optional.empty();
        }
        String name = Names.fold(table.getName());
        return ctes.stream().filter(w -> w.getAliasName() != null && Names.fold(w.getAliasName()).equals(name))
                .findFirst();
    }

    private static Select unparenthesised(Select select) {
        Select s = select;
        for (int i = 0; i < MAX_NESTING && s instanceof ParenthesedSelect; i++) {
            s = ((ParenthesedSelect) s).getSelect();
        }
        return s;
    }

    private static Optional<Predicate> where(Expression where, PredicateBuilder predicates) {
        return where == null ? Optional.empty() : Optional.of(predicates.build(where));
    }

    private static void addTable(List<QualifiedName> tables, FromItem item) {
        if (item instanceof Table) {
            tables.add(Names.of((Table) item));
        }
    }

    private static void addJoins(List<QualifiedName> tables, List<Join> joins) {
        if (joins != null) {
            joins.forEach(j -> addTable(tables, j.getFromItem()));
        }
    }
}
