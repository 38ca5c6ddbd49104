package io.github.migrationguard.model;

import java.util.List;

/**
 * The shape of a {@code WHERE} clause, as far as the rules about bounded data changes need it.
 * Column names are the last part of the reference, folded to lower case.
 */
public sealed interface Predicate {

    record And(List<Predicate> terms) implements Predicate {
        public And {
            terms = List.copyOf(terms);
        }
    }

    record Or(List<Predicate> terms) implements Predicate {
        public Or {
            terms = List.copyOf(terms);
        }
    }

    record Not(Predicate term) implements Predicate {
    }

    /** {@code column op operand}, normalised so the column is on the left ({@code 5 > id} becomes {@code id < 5}). */
    record Compare(String column, String operator, Operand operand) implements Predicate {
    }

    /** {@code column [NOT] BETWEEN a AND b}; {@code literalBounds} when both bounds are constants or parameters. */
    record Between(String column, boolean negated, boolean literalBounds) implements Predicate {
    }

    /** {@code column [NOT] IN (a, b, …)}; {@code literalsOnly} when every item is a constant or parameter. */
    record InList(String column, boolean negated, boolean literalsOnly, int size) implements Predicate {
    }

    /** {@code column [NOT] IN (SELECT …)}; {@code limited} when the subquery has a {@code LIMIT} or {@code FETCH FIRST}. */
    record InSubquery(String column, boolean negated, boolean limited) implements Predicate {
    }

    /** {@code column = ANY(ARRAY(SELECT …))} or {@code = ANY(SELECT …)} or {@code = ANY('{…}')}. */
    record AnyOf(String column, boolean subquery, boolean limited) implements Predicate {
    }

    record IsNull(String column, boolean negated) implements Predicate {
    }

    /** Anything else (function calls, EXISTS, expressions on both sides). */
    record Opaque(String text) implements Predicate {
    }

    /** The kind of value a column is compared with. */
    enum Operand {
        /** A literal, possibly cast, or a bind parameter. */
        CONSTANT,
        /** Another column. */
        COLUMN,
        /** A scalar subquery. */
        SUBQUERY,
        /** Any other expression. */
        EXPRESSION
    }
}
