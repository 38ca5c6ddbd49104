package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.DataType;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What {@code ALTER COLUMN … TYPE} costs, judged from the old type when it is known and from the new
 * type alone otherwise. Binary-coercible changes (PostgreSQL skips the rewrite) follow the catalog:
 * wider varchar/varbit/numeric precision, varchar↔text, larger time precision, cidr→inet.
 */
record TypeChange(Cost cost, String explanation) {

    enum Cost {
        /** Binary-coercible: only a brief ACCESS EXCLUSIVE lock. */
        NO_REWRITE,
        /** The table and all its indexes are rewritten. */
        REWRITE,
        /** timestamp → timestamptz: the table is kept (UTC session, 12+) but the column's indexes are rebuilt. */
        INDEX_REBUILD,
        /** The old type is unknown: a rewrite unless the old type is the one {@code explanation} names. */
        UNKNOWN_SOURCE
    }

    private static final Set<String> TIME_TYPES = Set.of("timestamp", "timestamptz", "time", "timetz", "interval");

    static TypeChange of(Optional<DataType> from, DataType to, boolean using, boolean collation, boolean pg12) {
        if (using) {
            return new TypeChange(Cost.REWRITE, "its USING expression is computed for every row");
        }
        if (collation) {
            return new TypeChange(Cost.REWRITE, "a collation change rebuilds the column's indexes and may rewrite");
        }
        if (from.isEmpty()) {
            return new TypeChange(Cost.UNKNOWN_SOURCE, coercibleSources(to).orElse(""));
        }
        if (coercible(from.get(), to)) {
            return new TypeChange(Cost.NO_REWRITE, from.get().text() + " to " + to.text() + " is binary-coercible");
        }
        if (pg12 && from.get().is("timestamp") && to.is("timestamptz")) {
            return new TypeChange(Cost.INDEX_REBUILD, "timestamp to timestamptz keeps the table only while the session "
                    + "time zone is UTC, and rebuilds every index on the column");
        }
        return new TypeChange(Cost.REWRITE, from.get().text() + " to " + to.text() + " is not binary-coercible");
    }

    /** Which old types would make the change free, in words; empty when none is known. */
    static Optional<String> coercibleSources(DataType to) {
        if (to.isArray()) {
            return Optional.empty();
        }
        OptionalInt first = modifier(to, 0);
        String name = to.name();
        if (name.equals("text") || (name.equals("varchar") && to.modifiers().isEmpty())) {
            return Optional.of("varchar or text");
        }
        if (name.equals("varchar") && first.isPresent()) {
            return Optional.of("varchar(n) with n ≤ " + first.getAsInt());
        }
        if (name.equals("varbit") && first.isPresent()) {
            return Optional.of("varbit(n) with n ≤ " + first.getAsInt());
        }
        if (name.equals("numeric")) {
            return Optional.of(to.modifiers().isEmpty() ? "numeric"
                    : "numeric(p, " + modifier(to, 1).orElse(0) + ") with p ≤ " + first.orElse(0));
        }
        if (name.equals("inet")) {
            return Optional.of("cidr or inet");
        }
        if (TIME_TYPES.contains(name)) {
            String base = name + (first.isPresent() ? " with a precision ≤ " + first.getAsInt() : "");
            return Optional.of(name.equals("timestamptz") ? base
                    + " (from timestamp the table is kept when the session time zone is UTC, but every index on the "
                    + "column is rebuilt)" : base);
        }
        return Optional.empty();
    }

    static boolean coercible(DataType from, DataType to) {
        if (from.arrayDims() != to.arrayDims()) {
            return false;
        }
        if (from.name().equals(to.name()) && from.modifiers().equals(to.modifiers())) {
            return true;
        }
        if (from.isArray()) {
            return false;
        }
        String f = from.name();
        String t = to.name();
        if ((t.equals("text") || (t.equals("varchar") && to.modifiers().isEmpty()))
                && (f.equals("varchar") || f.equals("text"))) {
            return true;
        }
        if ((t.equals("varchar") || t.equals("varbit")) && f.equals(t)) {
            return wider(from, to, 0);
        }
        if (t.equals("numeric") && f.equals("numeric")) {
            return to.modifiers().isEmpty()
                    || (!from.modifiers().isEmpty() && modifier(from, 1).orElse(0) == modifier(to, 1).orElse(0)
                    && wider(from, to, 0));
        }
        if (TIME_TYPES.contains(t) && f.equals(t)) {
            return to.modifiers().isEmpty() || wider(from, to, 0);
        }
        return t.equals("inet") && f.equals("cidr");
    }

    /** True when {@code to}'s modifier is unbounded or at least {@code from}'s (a missing one on {@code from} is unbounded). */
    private static boolean wider(DataType from, DataType to, int index) {
        OptionalInt f = modifier(from, index);
        OptionalInt t = modifier(to, index);
        if (to.modifiers().isEmpty()) {
            return true;
        }
        return f.isPresent() && t.isPresent() && t.getAsInt() >= f.getAsInt();
    }

    private static OptionalInt modifier(DataType type, int index) {
        if (index >= type.modifiers().size()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(type.modifiers().get(index).trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
