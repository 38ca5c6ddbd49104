package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.Predicate;
import io.github.migrationguard.model.Predicate.And;
import io.github.migrationguard.model.Predicate.AnyOf;
import io.github.migrationguard.model.Predicate.Between;
import io.github.migrationguard.model.Predicate.Compare;
import io.github.migrationguard.model.Predicate.InList;
import io.github.migrationguard.model.Predicate.InSubquery;
import io.github.migrationguard.model.Predicate.IsNull;
import io.github.migrationguard.model.Predicate.Not;
import io.github.migrationguard.model.Predicate.Opaque;
import io.github.migrationguard.model.Predicate.Or;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.schema.Catalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.github.migrationguard.model.Predicate.Operand.COLUMN;
import static io.github.migrationguard.model.Predicate.Operand.CONSTANT;
import static io.github.migrationguard.model.Predicate.Operand.EXPRESSION;
import static io.github.migrationguard.model.Predicate.Operand.SUBQUERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class BoundedWhereTest {

    static Stream<Arguments> wheres() {
        return Stream.of(
                // single key value, lists, ranges
                arguments("id = 5", new Compare("id", "=", CONSTANT), true),
                arguments("order_id = (SELECT max(order_id) …)", new Compare("order_id", "=", SUBQUERY), true),
                arguments("id IN (1, 2, 3)", new InList("id", false, true, 3), true),
                arguments("id NOT IN (1, 2)", new InList("id", true, true, 2), false),
                arguments("id IN (a, b + 1)", new InList("id", false, false, 2), false),
                arguments("id BETWEEN 1 AND 1000", new Between("id", false, true), true),
                arguments("id NOT BETWEEN 1 AND 1000", new Between("id", true, true), false),
                arguments("id BETWEEN lo AND hi", new Between("id", false, false), false),
                arguments("id >= 1 AND id < 1001", new And(List.of(
                        new Compare("id", ">=", CONSTANT), new Compare("id", "<", CONSTANT))), true),
                arguments("id >= 1 (half open)", new Compare("id", ">=", CONSTANT), false),
                arguments("id > 1 AND id > 5", new And(List.of(
                        new Compare("id", ">", CONSTANT), new Compare("id", ">", CONSTANT))), false),
                arguments("id > 1 AND customer_id < 5", new And(List.of(
                        new Compare("id", ">", CONSTANT), new Compare("customer_id", "<", CONSTANT))), false),
                arguments("id > 1 AND id < now_id()", new And(List.of(
                        new Compare("id", ">", CONSTANT), new Compare("id", "<", EXPRESSION))), false),
                // subqueries
                arguments("id IN (SELECT id … LIMIT 1000)", new InSubquery("id", false, true), true),
                arguments("id IN (SELECT id …)", new InSubquery("id", false, false), false),
                arguments("id NOT IN (SELECT id … LIMIT 10)", new InSubquery("id", true, true), false),
                arguments("status IN (SELECT status … LIMIT 10)", new InSubquery("status", false, true), false),
                arguments("ctid = ANY(ARRAY(SELECT ctid … LIMIT 1000))", new AnyOf("ctid", true, true), true),
                arguments("ctid = ANY(ARRAY(SELECT ctid …))", new AnyOf("ctid", true, false), false),
                arguments("id = ANY('{1,2,3}')", new AnyOf("id", false, false), true),
                // combinations
                arguments("id = 5 AND status = 'x'", new And(List.of(
                        new Compare("id", "=", CONSTANT), new Compare("status", "=", CONSTANT))), true),
                arguments("id = 5 OR id = 6", new Or(List.of(
                        new Compare("id", "=", CONSTANT), new Compare("id", "=", CONSTANT))), true),
                arguments("id = 5 OR status = 'x'", new Or(List.of(
                        new Compare("id", "=", CONSTANT), new Compare("status", "=", CONSTANT))), false),
                arguments("NOT (id <> 5)", new Not(new Compare("id", "<>", CONSTANT)), false),
                // unbounded filters
                arguments("status = 'x'", new Compare("status", "=", CONSTANT), false),
                arguments("paid = true", new Compare("paid", "=", CONSTANT), false),
                arguments("email IS NULL", new IsNull("email", false), false),
                arguments("id IS NOT NULL", new IsNull("id", true), false),
                arguments("t.id = o.t_id (join)", new Compare("id", "=", COLUMN), false),
                arguments("id <> 5", new Compare("id", "<>", CONSTANT), false),
                arguments("EXISTS (…)", new Opaque("EXISTS (SELECT 1 FROM x)"), false));
    }

    /** A table the catalog does not know: keys are judged by column names. */
    private static final BoundedWhere BY_NAME = BoundedWhere.forTable(new Catalog(), QualifiedName.of("orders"));

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("wheres")
    void decidesWhetherTheWhereBoundsTheRows(String sql, Predicate where, boolean bounded) {
        assertThat(BY_NAME.bounds(Optional.of(where))).isEqualTo(bounded);
    }

    @org.junit.jupiter.api.Test
    void noWhereIsUnbounded() {
        assertThat(BY_NAME.bounds(Optional.empty())).isFalse();
    }

    @ParameterizedTest(name = "{0} is a key: {1}")
    @CsvSource({"id, true", "ID, true", "ctid, true", "uuid, true", "customer_id, true", "customerId, true",
            "paid, false", "valid, false", "status, false", "idx, false", "Id, true"})
    void guessesKeyColumnsFromTheName(String column, boolean key) {
        assertThat(BoundedWhere.isKeyColumn(column)).isEqualTo(key);
    }
}
