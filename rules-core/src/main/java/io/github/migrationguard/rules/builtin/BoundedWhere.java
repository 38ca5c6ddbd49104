package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.Predicate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a {@code WHERE} bounds the rows a data change touches (RULES.md "Bounded data change"):
 * it restricts a key column to a range or a finite literal list, or picks keys through a subquery with
 * {@code LIMIT}. Anything else (no {@code WHERE}, a filter on a non-key value, {@code IS NULL}, a join
 * on the key against an unlimited subquery) is unbounded.
 *
 * <p>Which columns are keys is a guess from the name until the catalog knows primary keys and unique
 * constraints: {@link #isKeyColumn} is the one place to tighten.
 */
final class BoundedWhere {

    private static final Set<String> LOWER_BOUNDS = Set.of(">", ">=");
    private static final Set<String> UPPER_BOUNDS = Set.of("<", "<=");

    private BoundedWhere() {
    }

    static boolean isBounded(Optional<Predicate> where) {
        return where.map(BoundedWhere::isBounded).orElse(false);
    }

    static boolean isBounded(Predicate p) {
        if (p instanceof Predicate.And and) {
            return and.terms().stream().anyMatch(BoundedWhere::isBounded) || hasClosedRange(and.terms());
        }
        if (p instanceof Predicate.Or or) {
            // every branch must be bounded: one unbounded branch lets the whole table through
            return !or.terms().isEmpty() && or.terms().stream().allMatch(BoundedWhere::isBounded);
        }
        if (p instanceof Predicate.Compare c) {
            // one value of a key is at most one row; a scalar subquery yields one value too
            return c.operator().equals("=") && isKeyColumn(c.column())
                    && (c.operand() == Predicate.Operand.CONSTANT || c.operand() == Predicate.Operand.SUBQUERY);
        }
        if (p instanceof Predicate.Between b) {
            return !b.negated() && b.literalBounds() && isKeyColumn(b.column());
        }
        if (p instanceof Predicate.InList in) {
            return !in.negated() && in.literalsOnly() && isKeyColumn(in.column());
        }
        if (p instanceof Predicate.InSubquery in) {
            return !in.negated() && in.limited() && isKeyColumn(in.column());
        }
        if (p instanceof Predicate.AnyOf any) {
            // = ANY('{1,2,3}') is a literal list; = ANY(ARRAY(SELECT …)) needs a LIMIT
            return (!any.subquery() || any.limited()) && isKeyColumn(any.column());
        }
        return false; // Not, IsNull, Opaque: nothing we can prove
    }

    /**
     * The change is pinned to a few key values written out ({@code id = 42}, {@code id IN (1, 2, 3)}):
     * it touches a handful of rows whatever the table's size, unlike a key range.
     */
    static boolean pinsKeys(Optional<Predicate> where) {
        return where.map(BoundedWhere::pinsKeys).orElse(false);
    }

    private static boolean pinsKeys(Predicate p) {
        if (p instanceof Predicate.And and) {
            return and.terms().stream().anyMatch(BoundedWhere::pinsKeys);
        }
        if (p instanceof Predicate.Or or) {
            return !or.terms().isEmpty() && or.terms().stream().allMatch(BoundedWhere::pinsKeys);
        }
        if (p instanceof Predicate.Compare c) {
            return c.operator().equals("=") && c.operand() == Predicate.Operand.CONSTANT && isKeyColumn(c.column());
        }
        if (p instanceof Predicate.InList in) {
            return !in.negated() && in.literalsOnly() && isKeyColumn(in.column());
        }
        return p instanceof Predicate.AnyOf any && !any.subquery() && isKeyColumn(any.column());
    }

    /** A lower and an upper constant bound on the same key column, e.g. {@code id >= 1 AND id < 1001}. */
    private static boolean hasClosedRange(List<Predicate> terms) {
        Set<String> lower = new HashSet<>();
        Set<String> upper = new HashSet<>();
        for (Predicate term : terms) {
            if (term instanceof Predicate.Compare c && c.operand() == Predicate.Operand.CONSTANT
                    && isKeyColumn(c.column())) {
                if (LOWER_BOUNDS.contains(c.operator())) {
                    lower.add(c.column());
                } else if (UPPER_BOUNDS.contains(c.operator())) {
                    upper.add(c.column());
                }
            }
        }
        lower.retainAll(upper);
        return !lower.isEmpty();
    }

    /**
     * A column taken to be a primary or unique key: {@code id}, {@code ctid}, {@code uuid}, or a name
     * ending in {@code _id} or camel-case {@code Id}. Lower-case names merely ending in "id" ({@code paid},
     * {@code valid}) are not keys: treating them as keys would let a status-like filter pass as bounded.
     */
    static boolean isKeyColumn(String column) {
        String lower = column.toLowerCase(Locale.ROOT);
        return lower.equals("id") || lower.equals("ctid") || lower.equals("uuid") || lower.endsWith("_id")
                || (column.length() > 2 && column.endsWith("Id"));
    }
}
