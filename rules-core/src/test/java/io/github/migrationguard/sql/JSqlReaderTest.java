package io.github.migrationguard.sql;

import io.github.migrationguard.model.Frontend;
import io.github.migrationguard.model.Predicate;
import io.github.migrationguard.model.Predicate.And;
import io.github.migrationguard.model.Predicate.AnyOf;
import io.github.migrationguard.model.Predicate.Between;
import io.github.migrationguard.model.Predicate.Compare;
import io.github.migrationguard.model.Predicate.InList;
import io.github.migrationguard.model.Predicate.InSubquery;
import io.github.migrationguard.model.Predicate.IsNull;
import io.github.migrationguard.model.Predicate.Not;
import io.github.migrationguard.model.Predicate.Operand;
import io.github.migrationguard.model.Predicate.Or;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.model.Statement.Delete;
import io.github.migrationguard.model.Statement.Insert;
import io.github.migrationguard.model.Statement.Update;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static io.github.migrationguard.sql.Sql.name;
import static io.github.migrationguard.sql.Sql.names;
import static io.github.migrationguard.sql.Sql.none;
import static io.github.migrationguard.sql.Sql.some;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** UPDATE/DELETE/INSERT through JSqlParser, and the token reading that takes over when it cannot. */
class JSqlReaderTest {

    private static JSqlReader.Result read(String sql) {
        return JSqlReader.read(Sql.statement(sql));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void whereShapes(String where, Predicate expected) {
        JSqlReader.Result r = read("UPDATE t SET a = 1 WHERE " + where);
        assertThat(r.frontend()).isEqualTo(Frontend.JSQLPARSER);
        assertThat(((Update) r.statement()).where()).contains(expected);
    }

    static Stream<Arguments> whereShapes() {
        return Stream.of(
                arguments("id = 5", new Compare("id", "=", Operand.CONSTANT)),
                arguments("5 > id", new Compare("id", "<", Operand.CONSTANT)),
                arguments("10 <= t.ID", new Compare("id", ">=", Operand.CONSTANT)),
                arguments("id >= $1", new Compare("id", ">=", Operand.CONSTANT)),
                arguments("created_at < now() - interval '1 day'", new Compare("created_at", "<", Operand.EXPRESSION)),
                arguments("a = b", new Compare("a", "=", Operand.COLUMN)),
                arguments("a = (SELECT max(id) FROM u)", new Compare("a", "=", Operand.SUBQUERY)),
                arguments("flag = true", new Compare("flag", "=", Operand.CONSTANT)),
                arguments("code = 'x'::text", new Compare("code", "=", Operand.CONSTANT)),
                arguments("(id) = -1", new Compare("id", "=", Operand.CONSTANT)),
                arguments("id BETWEEN 1 AND 1000", new Between("id", false, true)),
                arguments("id NOT BETWEEN 1 AND x", new Between("id", true, false)),
                arguments("id IN (1, 2, 3)", new InList("id", false, true, 3)),
                arguments("id NOT IN (1, a)", new InList("id", true, false, 2)),
                arguments("id IN (SELECT id FROM t WHERE a IS NULL LIMIT 1000)", new InSubquery("id", false, true)),
                arguments("id IN (SELECT id FROM t)", new InSubquery("id", false, false)),
                arguments("ctid = ANY(ARRAY(SELECT ctid FROM t WHERE a IS NULL LIMIT 1000))", new AnyOf("ctid", true, true)),
                arguments("id = ANY(SELECT id FROM t FETCH FIRST 10 ROWS ONLY)", new AnyOf("id", true, true)),
                arguments("id = ANY(ARRAY(SELECT id FROM t))", new AnyOf("id", true, false)),
                arguments("id = ANY('{1,2}'::int[])", new AnyOf("id", false, false)),
                arguments("a IS NULL", new IsNull("a", false)),
                arguments("a IS NOT NULL", new IsNull("a", true)),
                arguments("id >= 1 AND id < 100 AND a IS NULL", new And(List.of(new Compare("id", ">=", Operand.CONSTANT),
                        new Compare("id", "<", Operand.CONSTANT), new IsNull("a", false)))),
                arguments("a = 1 OR (b = 2 AND NOT c IS NULL)", new Or(List.of(new Compare("a", "=", Operand.CONSTANT),
                        new And(List.of(new Compare("b", "=", Operand.CONSTANT), new Not(new IsNull("c", false))))))),
                arguments("lower(a) = 'x'", new Predicate.Opaque("lower(a) = 'x'")),
                arguments("EXISTS (SELECT 1 FROM u WHERE u.id = t.id)",
                        new Predicate.Opaque("EXISTS (SELECT 1 FROM u WHERE u.id = t.id)")));
    }

    @Test
    void updateWithFromSetColumnsAndCte() {
        JSqlReader.Result r = read("WITH batch AS (SELECT id FROM s.t LIMIT 100) "
                + "UPDATE s.t AS x SET (b, \"C\") = (2, 3), a = 1 FROM batch JOIN u ON u.id = batch.id WHERE x.id = batch.id");
        assertThat(r.frontend()).isEqualTo(Frontend.JSQLPARSER);
        Update u = (Update) r.statement();
        assertThat(u.table()).isEqualTo(name("s.t"));
        assertThat(u.setColumns()).containsExactly("b", "C", "a");
        assertThat(u.fromTables()).isEqualTo(names("batch", "u"));
        assertThat(u.limited()).isFalse();
        // batch has a LIMIT: matching the key against it picks at most that many rows
        assertThat(u.where()).contains(new InSubquery("id", false, true));
    }

    @Test
    void keysMatchedAgainstALimitedCteOrDerivedTableAreALimitedSubquery() {
        assertThat(((Update) read("UPDATE t SET a = 1 FROM (SELECT id FROM t WHERE a IS NULL LIMIT 10) b "
                + "WHERE b.id = t.id").statement()).where()).contains(new InSubquery("id", false, true));
        assertThat(((Delete) read("WITH batch AS (SELECT id FROM t LIMIT 10) DELETE FROM t USING batch b "
                + "WHERE t.id = b.id").statement()).where()).contains(new InSubquery("id", false, true));
        assertThat(((Delete) read("WITH batch AS (SELECT id FROM t LIMIT 10) DELETE FROM t "
                + "WHERE id IN (SELECT id FROM batch)").statement()).where()).contains(new InSubquery("id", false, true));
        // without a LIMIT the CTE is the whole table
        assertThat(((Delete) read("WITH batch AS (SELECT id FROM t WHERE a) DELETE FROM t USING batch "
                + "WHERE t.id = batch.id").statement()).where()).contains(new Compare("id", "=", Operand.COLUMN));
        Insert copy = (Insert) read("WITH batch AS (SELECT * FROM t ORDER BY id LIMIT 10) INSERT INTO u SELECT * FROM batch")
                .statement();
        assertThat(copy.selectLimited()).isTrue();
    }

    @Test
    void aColumnOfAnotherTableBoundsNothingOfTheChangedOne() {
        assertThat(((Update) read("UPDATE orders o SET a = 1 FROM customers c WHERE c.id = o.customer_id AND c.id = 5")
                .statement()).where()).contains(new And(List.of(new Compare("customer_id", "=", Operand.COLUMN),
                new Predicate.Opaque("c.id = 5"))));
        assertThat(((Delete) read("DELETE FROM app.\"Orders\" AS o WHERE o.\"Id\" = 5 AND app.\"Orders\".x = 1")
                .statement()).where()).contains(new And(List.of(new Compare("Id", "=", Operand.CONSTANT),
                new Compare("x", "=", Operand.CONSTANT))));
    }

    @Test
    void aConditionIsShapedEvenWhenJSqlParserFailsOnTheRestOfTheStatement() {
        // JSqlParser takes SETTINGS for a keyword
        JSqlReader.Result r = read("UPDATE settings SET value = 'x' WHERE id = 1");
        assertThat(r.frontend()).isEqualTo(Frontend.TOKENS);
        assertThat(((Update) r.statement()).where()).contains(new Compare("id", "=", Operand.CONSTANT));
        Insert seed = (Insert) read("INSERT INTO settings (name) SELECT 'shard_' || n FROM generate_series(1, 4) AS n")
                .statement();
        assertThat(seed.readsFrom()).isEmpty();
    }

    @Test
    void aBodysVariablesAndArithmeticOverThemAreValues() {
        SqlStatement sql = Splitter.split("UPDATE t SET a = 1 WHERE id >= batch_start AND id < batch_start + 1000 "
                + "AND ref = r.id AND other = x.id").statements().get(0);
        Update u = (Update) JSqlReader.read(sql, java.util.Set.of("batch_start", "r")).statement();
        assertThat(u.where()).contains(new And(List.of(new Compare("id", ">=", Operand.CONSTANT),
                new Compare("id", "<", Operand.CONSTANT), new Compare("ref", "=", Operand.CONSTANT),
                new Compare("other", "=", Operand.COLUMN))));
        // at top level the same names are columns
        assertThat(((Update) read("UPDATE t SET a = 1 WHERE id = batch_start").statement()).where())
                .contains(new Compare("id", "=", Operand.COLUMN));
    }

    @Test
    void deleteWithUsing() {
        JSqlReader.Result r = read("DELETE FROM t USING u, s.v WHERE t.id = u.id");
        Delete d = (Delete) r.statement();
        assertThat(r.frontend()).isEqualTo(Frontend.JSQLPARSER);
        assertThat(d).isEqualTo(new Delete(name("t"), some(new Compare("id", "=", Operand.COLUMN)), false,
                names("u", "s.v")));
        assertThat(((Delete) read("DELETE FROM t").statement()).where()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void inserts(String sql, Insert expected) {
        JSqlReader.Result r = read(sql);
        assertThat(r.frontend()).isEqualTo(Frontend.JSQLPARSER);
        assertThat(r.statement()).isEqualTo(expected);
    }

    @Test
    void statementsWithoutWhereOrQueryAreReadFromTokensAlone() {
        assertThat(read("INSERT INTO t (a) VALUES (1), (2)"))
                .isEqualTo(new JSqlReader.Result(new Insert(name("t"), List.of("a"), false, List.of(), none(), false, false),
                        Frontend.TOKENS));
        assertThat(read("INSERT INTO t DEFAULT VALUES"))
                .isEqualTo(new JSqlReader.Result(new Insert(name("t"), List.of(), false, List.of(), none(), false, false),
                        Frontend.TOKENS));
        assertThat(read("UPDATE t SET a = 1, b = f(2, 3)"))
                .isEqualTo(new JSqlReader.Result(new Update(name("t"), List.of("a", "b"), none(), false, List.of()),
                        Frontend.TOKENS));
        assertThat(read("DELETE FROM s.t"))
                .isEqualTo(new JSqlReader.Result(new Delete(name("s.t"), none(), false, List.of()), Frontend.TOKENS));
    }

    static Stream<Arguments> inserts() {
        return Stream.of(
                arguments("INSERT INTO s.t (a, b) SELECT a, b FROM u JOIN w ON w.id = u.id WHERE u.id < 10 LIMIT 5 "
                                + "ON CONFLICT (a) DO UPDATE SET b = excluded.b",
                        new Insert(name("s.t"), List.of("a", "b"), true, names("u", "w"),
                                some(new And(List.of(new Compare("id", "<", Operand.CONSTANT),
                                        new Compare("id", "=", Operand.COLUMN)))), true, true)),
                arguments("INSERT INTO t (a) SELECT a FROM u ON CONFLICT DO NOTHING",
                        new Insert(name("t"), List.of("a"), true, names("u"), none(), false, false)),
                arguments("WITH src AS (SELECT * FROM big WHERE x) INSERT INTO t SELECT * FROM src",
                        new Insert(name("t"), List.of(), true, names("big"), none(), false, false)),
                arguments("INSERT INTO t SELECT * FROM a UNION ALL SELECT * FROM b",
                        new Insert(name("t"), List.of(), true, names("a", "b"), none(), false, false)));
    }

    @Test
    void limitOnUpdateOrDeleteIsSeenWhetherOrNotJSqlParserReadsIt() {
        assertThat(((Update) read("UPDATE t SET a = 1 WHERE a IS NULL LIMIT 1000").statement()).limited()).isTrue();
        assertThat(((Delete) read("DELETE FROM t WHERE a IS NULL LIMIT 5").statement()).limited()).isTrue();
        assertThat(((Update) read("UPDATE t SET a = 1 WHERE id IN (SELECT id FROM t LIMIT 5)").statement()).limited())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void tokenFallbackWhenJSqlParserCannotRead(String sql, Statement expected) {
        JSqlReader.Result r = read(sql);
        assertThat(r.frontend()).isEqualTo(Frontend.TOKENS);
        assertThat(r.statement()).isEqualTo(expected);
    }

    static Stream<Arguments> tokenFallbackWhenJSqlParserCannotRead() {
        return Stream.of(
                arguments("UPDATE ONLY s.t AS x SET a = 1, (b, c) = (SELECT 1, 2) FROM u, ONLY v WHERE x.id = u.id LIMIT 10",
                        new Update(name("s.t"), List.of("a", "b", "c"), some(new Compare("id", "=", Operand.COLUMN)),
                                true, names("u", "v"))),
                arguments("DELETE FROM ONLY t x USING u WHERE x.id = u.id RETURNING *",
                        new Delete(name("t"), some(new Compare("id", "=", Operand.COLUMN)), false, names("u"))),
                arguments("INSERT INTO t AS x (a) OVERRIDING SYSTEM VALUE SELECT a FROM u WHERE b OPERATOR(pg_catalog.=) 1 "
                                + "ON CONFLICT (a) DO UPDATE SET a = 1, b = 2",
                        new Insert(name("t"), List.of("a"), true, names("u"),
                                some(new Predicate.Opaque("b OPERATOR(pg_catalog.=) 1")), false, true)),
                arguments("INSERT INTO t (SELECT a FROM u, v WHERE b OPERATOR(pg_catalog.=) 1 LIMIT 3) RETURNING id",
                        new Insert(name("t"), List.of(), true, names("u", "v"),
                                some(new Predicate.Opaque("b OPERATOR(pg_catalog.=) 1")), true, false)));
    }

    @Test
    void deeplyNestedStatementSkipsJSqlParser() {
        String nested = "(".repeat(JSqlReader.MAX_NESTING + 1) + "1" + ")".repeat(JSqlReader.MAX_NESTING + 1);
        JSqlReader.Result r = read("UPDATE t SET a = " + nested + " WHERE id = 1");
        assertThat(r.frontend()).isEqualTo(Frontend.TOKENS);
        assertThat(((Update) r.statement()).setColumns()).containsExactly("a");
    }

    /** Far below what JSqlParser needs for the statement below, far above what the token reading needs. */
    private static final long SHORT_TIMEOUT_MILLIS = 20;

    @Test
    void timeoutFallsBackToTokens() {
        // A long IN list of nested calls: JSqlParser needs seconds for it cold and hundreds of milliseconds warm
        // (measured on one core), the token reading a few milliseconds.
        StringBuilder pathological = new StringBuilder("UPDATE t SET a = 1 WHERE id IN (");
        for (int i = 0; i < 40_000; i++) {
            pathological.append(i == 0 ? "" : ", ").append("f(").append(i).append(", g(").append(i).append("))");
        }
        SqlStatement statement = Sql.statement(pathological.append(")").toString());
        JSqlReader.Result r = assertTimeoutPreemptively(Duration.ofMillis(JSqlReader.TIMEOUT_MILLIS),
                () -> JSqlReader.read(statement, SHORT_TIMEOUT_MILLIS));
        assertThat(r.frontend()).isEqualTo(Frontend.TOKENS);
        Update u = (Update) r.statement();
        assertThat(u.table()).isEqualTo(name("t"));
        assertThat(u.setColumns()).containsExactly("a");
        assertThat(u.where()).hasValueSatisfying(w -> assertThat(w).isInstanceOf(Predicate.Opaque.class));
    }
}
