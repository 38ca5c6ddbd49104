package io.github.migrationguard.sql;

import io.github.migrationguard.model.Predicate;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DateValue;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.HexValue;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeValue;
import net.sf.jsqlparser.expression.TimestampValue;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a JSqlParser {@code WHERE} expression into a {@link Predicate}: the shape the
 * bounded-data-change rules reason about. Whatever has no shape of its own becomes
 * {@link Predicate.Opaque}.
 *
 * <p>A builder knows the statement's scope: which names are values rather than columns (a PL/pgSQL
 * body's variables and parameters, bound like {@code $1}), which qualifiers name the table whose rows
 * are bounded (a column of another table bounds nothing of it), and which row sources are limited (a
 * CTE or derived table with {@code LIMIT}: {@code t.id = batch.id} picks at most that many keys, as
 * {@code t.id IN (SELECT id FROM batch)} does).
 */
final class PredicateBuilder {

    /** Deeper than this, the rest is opaque: keeps recursion bounded whatever the input. */
    private static final int MAX_DEPTH = 64;

    private static final Map<String, String> FLIPPED = Map.of(
            "<", ">", ">", "<", "<=", ">=", ">=", "<=", "=", "=", "<>", "<>", "!=", "!=");

    private final Set<String> variables;
    private final Set<String> targets;
    private final Set<String> limitedCtes;
    private final Set<String> limitedSources;

    /** A builder with no scope: every column may be the target's, nothing is a variable. */
    PredicateBuilder() {
        this(Set.of());
    }

    /** @param variables folded names that stand for values (as {@code name} or {@code name.field}) */
    PredicateBuilder(Set<String> variables) {
        this(variables, Set.of(), Set.of(), Set.of());
    }

    private PredicateBuilder(Set<String> variables, Set<String> targets, Set<String> limitedCtes,
                             Set<String> limitedSources) {
        this.variables = Set.copyOf(variables);
        this.targets = Set.copyOf(targets);
        this.limitedCtes = Set.copyOf(limitedCtes);
        this.limitedSources = Set.copyOf(limitedSources);
    }

    /**
     * The same builder for one statement: {@code targets} are the folded name and alias the bounded table
     * goes by (empty: any qualifier), {@code limitedCtes} the names of its CTEs with a {@code LIMIT}.
     */
    PredicateBuilder scope(Set<String> targets, Set<String> limitedCtes) {
        return new PredicateBuilder(variables, targets, limitedCtes, Set.of());
    }

    /** The same builder, with the qualifiers of limited row sources the statement joins ({@link #limitedSource}). */
    PredicateBuilder joining(Set<String> limitedSources) {
        return new PredicateBuilder(variables, targets, limitedCtes, limitedSources);
    }

    /** The qualifier a limited row source goes by in the statement (its alias, or a CTE's name), if it is one. */
    Optional<String> limitedSource(FromItem item) {
        String alias = item == null || item.getAlias() == null ? null : Names.fold(item.getAlias().getName());
        if (item instanceof ParenthesedSelect && limited((ParenthesedSelect) item) && alias != null) {
            return Optional.of(alias);
        }
        if (item instanceof Table && ((Table) item).getSchemaName() == null
                && limitedCtes.contains(Names.fold(((Table) item).getName()))) {
            return Optional.of(alias != null ? alias : Names.fold(((Table) item).getName()));
        }
        return Optional.empty();
    }

    Predicate build(Expression e) {
        return build(e, 0);
    }

    private Predicate build(Expression e, int depth) {
        if (depth > MAX_DEPTH) {
            return opaque(e);
        }
        Expression inner = unwrap(e);
        if (inner instanceof AndExpression) {
            return new Predicate.And(flatten(inner, AndExpression.class, depth));
        }
        if (inner instanceof OrExpression) {
            return new Predicate.Or(flatten(inner, OrExpression.class, depth));
        }
        if (inner instanceof NotExpression) {
            return new Predicate.Not(build(((NotExpression) inner).getExpression(), depth + 1));
        }
        if (inner instanceof Between) {
            return between((Between) inner);
        }
        if (inner instanceof InExpression) {
            return in((InExpression) inner);
        }
        if (inner instanceof IsNullExpression) {
            IsNullExpression isNull = (IsNullExpression) inner;
            Optional<String> column = column(isNull.getLeftExpression());
            return column.isPresent() ? new Predicate.IsNull(column.get(), isNull.isNot()) : opaque(inner);
        }
        if (inner instanceof ComparisonOperator) {
            return compare((ComparisonOperator) inner);
        }
        return opaque(inner);
    }

    /** The terms of {@code a AND b AND c}, which JSqlParser nests left-deep, without recursing on the chain. */
    private List<Predicate> flatten(Expression root, Class<? extends BinaryExpression> type, int depth) {
        List<Predicate> terms = new ArrayList<>();
        Deque<Expression> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Expression e = pending.pop();
            if (type.isInstance(e)) {
                BinaryExpression b = (BinaryExpression) e;
                pending.push(b.getRightExpression());
                pending.push(b.getLeftExpression());
            } else {
                terms.add(build(e, depth + 1));
            }
        }
        return terms;
    }

    private Predicate compare(ComparisonOperator op) {
        Expression left = unwrap(op.getLeftExpression());
        Expression right = unwrap(op.getRightExpression());
        String operator = op.getStringExpression();
        Optional<String> leftColumn = column(left);
        Optional<String> rightColumn = column(right);
        if (op instanceof EqualsTo && leftColumn.isPresent()) {
            Optional<Predicate> any = anyOf(leftColumn.get(), right);
            if (any.isPresent()) {
                return any.get();
            }
        }
        if (op instanceof EqualsTo) {
            // t.id = batch.id against a limited CTE or derived table: the keys of at most its rows
            if (leftColumn.isPresent() && ofLimitedSource(right)) {
                return new Predicate.InSubquery(leftColumn.get(), false, true);
            }
            if (rightColumn.isPresent() && ofLimitedSource(left)) {
                return new Predicate.InSubquery(rightColumn.get(), false, true);
            }
        }
        if (leftColumn.isPresent()) {
            return new Predicate.Compare(leftColumn.get(), operator, operand(right));
        }
        if (rightColumn.isPresent() && FLIPPED.containsKey(operator)) {
            return new Predicate.Compare(rightColumn.get(), FLIPPED.get(operator), operand(left));
        }
        return opaque(op);
    }

    /** {@code = ANY(ARRAY(SELECT …))}, {@code = ANY(SELECT …)}, {@code = ANY('{…}')}. */
    private Optional<Predicate> anyOf(String column, Expression right) {
        if (right instanceof AnyComparisonExpression) {
            Select select = ((AnyComparisonExpression) right).getSelect();
            return Optional.of(new Predicate.AnyOf(column, true, limited(select)));
        }
        if (!(right instanceof Function) || !"any".equalsIgnoreCase(((Function) right).getName())) {
            return Optional.empty();
        }
        ExpressionList<?> args = ((Function) right).getParameters();
        Expression arg = args == null || args.size() != 1 ? null : unwrap(args.get(0));
        if (arg instanceof Function && "array".equalsIgnoreCase(((Function) arg).getName())) {
            ExpressionList<?> inner = ((Function) arg).getParameters();
            arg = inner == null || inner.size() != 1 ? null : unwrap(inner.get(0));
        }
        if (arg instanceof Select) {
            return Optional.of(new Predicate.AnyOf(column, true, limited((Select) arg)));
        }
        return Optional.of(new Predicate.AnyOf(column, false, false));
    }

    private Predicate between(Between b) {
        Optional<String> column = column(b.getLeftExpression());
        if (column.isEmpty()) {
            return opaque(b);
        }
        boolean literal = isConstant(b.getBetweenExpressionStart()) && isConstant(b.getBetweenExpressionEnd());
        return new Predicate.Between(column.get(), b.isNot(), literal);
    }

    private Predicate in(InExpression in) {
        Optional<String> column = column(in.getLeftExpression());
        if (column.isEmpty()) {
            return opaque(in);
        }
        Expression right = in.getRightExpression();
        if (right instanceof Select) {
            return new Predicate.InSubquery(column.get(), in.isNot(), limited((Select) right));
        }
        if (right instanceof ExpressionList) {
            ExpressionList<?> items = (ExpressionList<?>) right;
            boolean literals = items.stream().allMatch(this::isConstant);
            return new Predicate.InList(column.get(), in.isNot(), literals, items.size());
        }
        return opaque(in);
    }

    /**
     * A query that yields a limited number of rows: it has {@code LIMIT} or {@code FETCH FIRST}, at its own
     * level or inside its parentheses, or reads nothing but one limited CTE or derived table.
     */
    boolean limited(Select select) {
        Select s = select;
        for (int i = 0; s != null && i < MAX_DEPTH; i++) {
            if (s.getLimit() != null || s.getFetch() != null) {
                return true;
            }
            if (s instanceof PlainSelect) {
                PlainSelect plain = (PlainSelect) s;
                return (plain.getJoins() == null || plain.getJoins().isEmpty())
                        && limitedSource(plain.getFromItem()).isPresent();
            }
            s = s instanceof ParenthesedSelect ? ((ParenthesedSelect) s).getSelect() : null;
        }
        return false;
    }

    private Predicate.Operand operand(Expression e) {
        if (isConstant(e)) {
            return Predicate.Operand.CONSTANT;
        }
        if (e instanceof Column) {
            return Predicate.Operand.COLUMN;
        }
        if (e instanceof Select) {
            return Predicate.Operand.SUBQUERY;
        }
        return Predicate.Operand.EXPRESSION;
    }

    /**
     * A literal, possibly signed or cast, a bind parameter, a variable of the enclosing body, or arithmetic
     * over those ({@code batch_start + 1000}).
     */
    boolean isConstant(Expression e) {
        return isConstant(e, 0);
    }

    private boolean isConstant(Expression e, int depth) {
        Expression x = unwrap(e);
        for (int i = 0; i < MAX_DEPTH; i++) {
            if (x instanceof CastExpression) {
                x = unwrap(((CastExpression) x).getLeftExpression());
            } else if (x instanceof SignedExpression) {
                x = unwrap(((SignedExpression) x).getExpression());
            } else {
                break;
            }
        }
        if (x instanceof Column) {
            Column c = (Column) x;
            String name = c.getColumnName();
            if (c.getTable() == null || c.getTable().getName() == null) {
                return "true".equalsIgnoreCase(name) || "false".equalsIgnoreCase(name)
                        || variables.contains(Names.fold(name));
            }
            return c.getTable().getSchemaName() == null && variables.contains(Names.fold(c.getTable().getName()));
        }
        if (x instanceof Addition || x instanceof Subtraction || x instanceof Multiplication
                || x instanceof Division) {
            BinaryExpression b = (BinaryExpression) x;
            return depth < MAX_DEPTH && isConstant(b.getLeftExpression(), depth + 1)
                    && isConstant(b.getRightExpression(), depth + 1);
        }
        return x instanceof LongValue || x instanceof DoubleValue || x instanceof StringValue
                || x instanceof NullValue || x instanceof BooleanValue || x instanceof DateValue
                || x instanceof TimeValue || x instanceof TimestampValue || x instanceof HexValue
                || x instanceof DateTimeLiteralExpression || x instanceof IntervalExpression
                || x instanceof JdbcParameter || x instanceof JdbcNamedParameter;
    }

    /**
     * The column name (last part, folded) when the expression is a column of the bounded table: a plain
     * column reference that is no value, unqualified or qualified by the table's name or alias.
     */
    Optional<String> column(Expression e) {
        Expression x = unwrap(e);
        if (!(x instanceof Column) || isConstant(x)) {
            return Optional.empty();
        }
        Optional<String> qualifier = qualifier((Column) x);
        if (qualifier.isPresent() && !targets.isEmpty() && !targets.contains(qualifier.get())) {
            return Optional.empty();
        }
        return Optional.of(Names.fold(((Column) x).getColumnName()));
    }

    /** A column of a limited CTE or derived table the statement joins. */
    private boolean ofLimitedSource(Expression e) {
        Expression x = unwrap(e);
        return x instanceof Column && qualifier((Column) x).filter(limitedSources::contains).isPresent();
    }

    private static Optional<String> qualifier(Column c) {
        Table table = c.getTable();
        return table == null || table.getName() == null ? Optional.empty() : Optional.of(Names.fold(table.getName()));
    }

    /** {@code (x)} is {@code x}. */
    private static Expression unwrap(Expression e) {
        Expression x = e;
        for (int i = 0; i < MAX_DEPTH && x instanceof ParenthesedExpressionList; i++) {
            ParenthesedExpressionList<?> list = (ParenthesedExpressionList<?>) x;
            if (list.size() != 1) {
                return x;
            }
            x = list.get(0);
        }
        return x;
    }

    private static Predicate opaque(Expression e) {
        return new Predicate.Opaque(String.valueOf(e));
    }
}
