package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.Predicate;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.schema.Catalog;
import io.github.migrationguard.schema.TableInfo;

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
 * <p>Key columns are the table's single-column primary-key and unique columns when the catalog knows them
 * ({@link #forTable}), and a key of several columns bounds the rows when each of its columns is bounded;
 * when the catalog knows no key, a guess from the name ({@link #isKeyColumn}).
 */
final class BoundedWhere {

    private static final Set<String> LOWER_BOUNDS = Set.of(">", ">=");
    private static final Set<String> UPPER_BOUNDS = Set.of("<", "<=");
    private static final BoundedWhere BY_NAME = new BoundedWhere(BoundedWhere::isKeyColumn, List.of());

    private final java.util.function.Predicate<String> keyColumn;
    /** Keys of several columns: bounded when each of their columns is. */
    private final List<List<String>> compositeKeys;

    private BoundedWhere(java.util.function.Predicate<String> keyColumn, List<List<String>> compositeKeys) {
        this.keyColumn = keyColumn;
        this.compositeKeys = List.copyOf(compositeKeys);
    }

    /**
     * Judges data changes of {@code table} with its single-column primary-key and unique columns (and
     * {@code ctid}) when the catalog knows one; by column names otherwise. A column of a composite key is no
     * key on its own: {@code origin_key = 'x'} under {@code UNIQUE (zone_id, origin_key)} matches a row per zone.
     */
    static BoundedWhere forTable(Catalog catalog, QualifiedName table) {
        List<List<String>> known = catalog.table(table).map(TableInfo::uniqueKeys).orElse(List.of());
        if (known.isEmpty()) {
            return BY_NAME;
        }
        Set<String> keys = new HashSet<>();
        known.stream().filter(k -> k.size() == 1).forEach(keys::addAll);
        keys.add("ctid");
        return new BoundedWhere(keys::contains, known.stream().filter(k -> k.size() > 1).toList());
    }

    /** Judged by one column alone: a column of a composite key. */
    private static BoundedWhere column(String column) {
        return new BoundedWhere(column::equals, List.of());
    }

    boolean bounds(Optional<Predicate> where) {
        return where.map(this::bounds).orElse(false);
    }

    boolean bounds(Predicate p) {
        if (p instanceof Predicate.And and) {
            return and.terms().stream().anyMatch(this::bounds) || hasClosedRange(and.terms())
                    || compositeKeys.stream().anyMatch(key -> key.stream().allMatch(c -> column(c).bounds(p)));
        }
        if (p instanceof Predicate.Or or) {
            // every branch must be bounded: one unbounded branch lets the whole table through
            return !or.terms().isEmpty() && or.terms().stream().allMatch(this::bounds);
        }
        if (p instanceof Predicate.Compare c) {
            // one value of a key is at most one row; a scalar subquery yields one value too
            return c.operator().equals("=") && keyColumn.test(c.column())
                    && (c.operand() == Predicate.Operand.CONSTANT || c.operand() == Predicate.Operand.SUBQUERY);
        }
        if (p instanceof Predicate.Between b) {
            return !b.negated() && b.literalBounds() && keyColumn.test(b.column());
        }
        if (p instanceof Predicate.InList in) {
            return !in.negated() && in.literalsOnly() && keyColumn.test(in.column());
        }
        if (p instanceof Predicate.InSubquery in) {
            return !in.negated() && in.limited() && keyColumn.test(in.column());
        }
        if (p instanceof Predicate.AnyOf any) {
            // = ANY('{1,2,3}') is a literal list; = ANY(ARRAY(SELECT …)) needs a LIMIT
            return (!any.subquery() || any.limited()) && keyColumn.test(any.column());
        }
        return false; // Not, IsNull, Opaque: nothing we can prove
    }

    /**
     * The change is pinned to a few key values written out ({@code id = 42}, {@code id IN (1, 2, 3)}):
     * it touches a handful of rows whatever the table's size, unlike a key range.
     */
    static boolean pinsKeys(Optional<Predicate> where) {
        return BY_NAME.pins(where);
    }

    /** {@link #pinsKeys}, with this table's key columns. */
    boolean pins(Optional<Predicate> where) {
        return where.map(this::pins).orElse(false);
    }

    private boolean pins(Predicate p) {
        if (p instanceof Predicate.And and) {
            return and.terms().stream().anyMatch(this::pins)
                    || compositeKeys.stream().anyMatch(key -> key.stream().allMatch(c -> column(c).pins(p)));
        }
        if (p instanceof Predicate.Or or) {
            return !or.terms().isEmpty() && or.terms().stream().allMatch(this::pins);
        }
        if (p instanceof Predicate.Compare c) {
            return c.operator().equals("=") && c.operand() == Predicate.Operand.CONSTANT && keyColumn.test(c.column());
        }
        if (p instanceof Predicate.InList in) {
            return !in.negated() && in.literalsOnly() && keyColumn.test(in.column());
        }
        return p instanceof Predicate.AnyOf any && !any.subquery() && keyColumn.test(any.column());
    }

    /** A lower and an upper constant bound on the same key column, e.g. {@code id >= 1 AND id < 1001}. */
    private boolean hasClosedRange(List<Predicate> terms) {
        Set<String> lower = new HashSet<>();
        Set<String> upper = new HashSet<>();
        for (Predicate term : terms) {
            if (term instanceof Predicate.Compare c && c.operand() == Predicate.Operand.CONSTANT
                    && keyColumn.test(c.column())) {
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
