package io.github.migrationguard.schema;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.sql.StatementReader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Replays small scripts through the real reader and asserts what the catalog then knows. */
class CatalogTest {

    private final Catalog catalog = new Catalog();

    private Catalog replay(String file, String sql) {
        for (AnalyzedStatement s : StatementReader.read(sql).statements()) {
            if (s.nesting() != Nesting.ROUTINE_BODY) {
                catalog.apply(file, s);
            }
        }
        return catalog;
    }

    private Catalog replay(String sql) {
        return replay("V1__test.sql", sql);
    }

    private TableInfo table(String name) {
        return catalog.table(QualifiedName.parse(name)).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static List<String> names(List<?> infos) {
        return infos.stream().map(i -> i instanceof IndexInfo x ? x.name() : ((ConstraintInfo) i).name()).toList();
    }

    @Test
    void createTableKnowsColumnsKeysAndTheNamesPostgresPicks() {
        replay("""
                CREATE TABLE app.orders (
                  id bigint PRIMARY KEY,
                  email varchar(200) NOT NULL UNIQUE,
                  customer_id bigint REFERENCES customers,
                  total numeric(10, 2) DEFAULT 0 CHECK (total >= 0),
                  note text
                );
                """);
        TableInfo orders = table("orders");
        assertThat(orders.name()).isEqualTo(new QualifiedName("app", "orders"));
        assertThat(orders.kind()).isEqualTo(RelationKind.TABLE);
        assertThat(orders.newInScope()).isTrue();
        assertThat(orders.complete()).isTrue();
        assertThat(orders.createdIn()).contains("V1__test.sql");
        assertThat(orders.columns()).extracting(ColumnInfo::name).containsExactly("id", "email", "customer_id", "total", "note");
        assertThat(orders.column("id").orElseThrow().notNull()).isTrue();
        assertThat(orders.column("note").orElseThrow().notNull()).isFalse();
        assertThat(orders.column("email").orElseThrow().type().name()).isEqualTo("varchar");
        assertThat(orders.column("total").orElseThrow().defaultExpr()).map(e -> e.text()).contains("0");
        assertThat(orders.primaryKey()).containsExactly("id");
        assertThat(names(orders.constraints()))
                .containsExactly("orders_pkey", "orders_email_key", "orders_customer_id_fkey", "orders_total_check");
        assertThat(names(orders.indexes())).containsExactly("orders_pkey", "orders_email_key");
        assertThat(orders.uniqueKeys()).containsExactly(List.of("id"), List.of("email"));
        assertThat(orders.constraint("orders_customer_id_fkey").orElseThrow().references().orElseThrow().table())
                .isEqualTo(QualifiedName.of("customers"));
    }

    @Test
    void alterColumnActionsChangeTheColumn() {
        replay("""
                CREATE TABLE users (id bigint, name varchar(50));
                ALTER TABLE users ADD COLUMN active boolean, ALTER COLUMN name TYPE text;
                ALTER TABLE users ALTER COLUMN active SET DEFAULT true, ALTER COLUMN name SET NOT NULL;
                ALTER TABLE users ALTER COLUMN id SET NOT NULL;
                ALTER TABLE users ALTER COLUMN id DROP NOT NULL, ALTER COLUMN active DROP DEFAULT;
                """);
        TableInfo users = table("users");
        assertThat(users.column("name").orElseThrow().type().name()).isEqualTo("text");
        assertThat(users.column("name").orElseThrow().notNull()).isTrue();
        assertThat(users.column("id").orElseThrow().notNull()).isFalse();
        assertThat(users.column("active").orElseThrow().defaultExpr()).isEmpty();
    }

    @Test
    void checkConstraintsAreValidatedLater() {
        replay("""
                CREATE TABLE users (id bigint, email text);
                ALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;
                """);
        ConstraintInfo check = table("users").constraint("email_nn").orElseThrow();
        assertThat(check.kind()).isEqualTo(ConstraintKind.CHECK);
        assertThat(check.validated()).isFalse();
        assertThat(check.notNullColumn()).contains("email");

        replay("V2__validate.sql", "ALTER TABLE users VALIDATE CONSTRAINT email_nn;");
        assertThat(table("users").constraint("email_nn").orElseThrow().validated()).isTrue();
        assertThat(table("users").constraint("email_nn").orElseThrow().definedIn()).contains("V1__test.sql");
    }

    @Test
    void notNullConstraintOfPostgres18MakesTheColumnNotNullOnlyOnceValidated() {
        replay("""
                CREATE TABLE users (id bigint, email text);
                ALTER TABLE users ADD CONSTRAINT email_not_null NOT NULL email NOT VALID;
                """);
        assertThat(table("users").column("email").orElseThrow().notNull()).isFalse();
        assertThat(table("users").constraint("email_not_null").orElseThrow().kind()).isEqualTo(ConstraintKind.NOT_NULL);
        replay("ALTER TABLE users VALIDATE CONSTRAINT email_not_null;");
        assertThat(table("users").column("email").orElseThrow().notNull()).isTrue();
        replay("ALTER TABLE users ALTER COLUMN email DROP NOT NULL;");
        assertThat(table("users").constraints()).isEmpty();
    }

    @Test
    void renamesCarryIndexesConstraintsAndNewness() {
        replay("""
                CREATE TABLE accounts (id bigint PRIMARY KEY, login text);
                CREATE INDEX ON accounts (login);
                ALTER TABLE accounts RENAME COLUMN login TO username;
                ALTER TABLE accounts RENAME CONSTRAINT accounts_pkey TO accounts_pk;
                ALTER TABLE accounts RENAME TO members;
                ALTER TABLE members SET SCHEMA crm;
                ALTER INDEX crm.accounts_login_idx RENAME TO members_username_idx;
                """);
        assertThat(catalog.table(QualifiedName.of("accounts"))).isEmpty();
        TableInfo members = table("crm.members");
        assertThat(members.newInScope()).isTrue();
        assertThat(catalog.isNew(QualifiedName.parse("crm.members"))).isTrue();
        assertThat(members.column("username")).isPresent();
        assertThat(names(members.indexes())).containsExactly("accounts_pk", "members_username_idx");
        assertThat(members.indexes().get(1).columns()).containsExactly("username");
        assertThat(members.indexes()).allSatisfy(i -> assertThat(i.table()).isEqualTo(new QualifiedName("crm", "members")));
        assertThat(names(members.constraints())).containsExactly("accounts_pk");
    }

    @Test
    void droppingAColumnDropsTheIndexesAndConstraintsOnIt() {
        replay("""
                CREATE TABLE events (id bigint PRIMARY KEY, kind text, at timestamptz, CONSTRAINT kind_at UNIQUE (kind, at));
                CREATE INDEX events_lower_kind ON events (lower(kind));
                CREATE INDEX events_at ON events (at DESC);
                ALTER TABLE events DROP COLUMN kind;
                """);
        TableInfo events = table("events");
        assertThat(events.columns()).extracting(ColumnInfo::name).containsExactly("id", "at");
        assertThat(names(events.indexes())).containsExactly("events_pkey", "events_at");
        assertThat(names(events.constraints())).containsExactly("events_pkey");
    }

    @Test
    void indexesAreCreatedDroppedAndTakenOverByConstraints() {
        replay("""
                CREATE TABLE t (a int, b int);
                CREATE UNIQUE INDEX CONCURRENTLY t_a_uniq ON t (a) ;
                CREATE INDEX t_b_partial ON t (b) WHERE b > 0;
                ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a_uniq;
                DROP INDEX CONCURRENTLY IF EXISTS t_b_partial;
                """);
        TableInfo t = table("t");
        assertThat(t.indexes()).containsExactly(new IndexInfo("t_a_key", QualifiedName.of("t"), List.of("a"), true, false, true));
        assertThat(t.constraint("t_a_key").orElseThrow().columns()).containsExactly("a");
        replay("ALTER TABLE t DROP CONSTRAINT t_a_key;");
        assertThat(table("t").indexes()).isEmpty();
    }

    @Test
    void primaryKeyUsingIndexMakesItsColumnsNotNull() {
        replay("""
                CREATE TABLE t (a int, b int);
                CREATE UNIQUE INDEX t_a_idx ON t (a);
                ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_a_idx;
                """);
        assertThat(table("t").primaryKey()).containsExactly("a");
        assertThat(table("t").column("a").orElseThrow().notNull()).isTrue();
    }

    @Test
    void partitionsTakeTheParentsColumnsAndIndexes() {
        replay("""
                CREATE TABLE measurements (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
                CREATE INDEX measurements_at_idx ON measurements (at);
                CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                """);
        assertThat(table("measurements").isPartitioned()).isTrue();
        TableInfo partition = table("measurements_2025");
        assertThat(partition.partitionOf()).contains(QualifiedName.of("measurements"));
        assertThat(partition.isPartitioned()).isFalse();
        assertThat(partition.columns()).extracting(ColumnInfo::name).containsExactly("id", "at");
        assertThat(names(partition.indexes())).containsExactly("measurements_2025_at_idx");

        replay("CREATE INDEX ON measurements (id);");
        assertThat(names(table("measurements_2025").indexes())).contains("measurements_2025_id_idx");

        replay("ALTER TABLE measurements DETACH PARTITION measurements_2025;");
        assertThat(table("measurements_2025").partitionOf()).isEmpty();
        replay("ALTER TABLE measurements ATTACH PARTITION measurements_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');");
        replay("DROP TABLE measurements;");
        assertThat(catalog.tables()).isEmpty();
    }

    @Test
    void partitioningIsKnownOnlyFromACreateTableReadAndPartitionsFollowTheirParentsRename() {
        replay("""
                CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);
                CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                CREATE TABLE plain (id bigint);
                ALTER TABLE elsewhere ADD COLUMN note text;
                ALTER TABLE events RENAME TO events_old;
                """);
        assertThat(table("plain").isKnownUnpartitioned()).isTrue();
        assertThat(table("events_2025").isKnownUnpartitioned()).isTrue();
        assertThat(table("events_old").isKnownUnpartitioned()).isFalse();
        assertThat(table("elsewhere").isKnownUnpartitioned()).isFalse();
        assertThat(catalog.partitionsOf(QualifiedName.of("events_old"))).extracting(TableInfo::name)
                .containsExactly(QualifiedName.of("events_2025"));
    }

    @Test
    void functionsAreAsVolatileAsDeclaredUntilAlteredOrDropped() {
        replay("""
                CREATE FUNCTION app.region() RETURNS text LANGUAGE sql STABLE AS 'select 1';
                CREATE OR REPLACE FUNCTION key() RETURNS text AS $$ select 1 $$ LANGUAGE sql;
                CREATE FUNCTION later() RETURNS int IMMUTABLE LANGUAGE sql AS 'select 1';
                CREATE PROCEDURE p() LANGUAGE sql AS 'select 1';
                """);
        assertThat(catalog.functionVolatility(QualifiedName.parse("app.region"))).contains("stable");
        assertThat(catalog.functionVolatility(QualifiedName.parse("region"))).contains("stable");
        assertThat(catalog.functionVolatility(QualifiedName.parse("key"))).contains("volatile");
        assertThat(catalog.functionVolatility(QualifiedName.parse("later"))).contains("immutable");
        assertThat(catalog.functionVolatility(QualifiedName.parse("p"))).isEmpty();
        replay("ALTER FUNCTION later() VOLATILE;\nDROP FUNCTION IF EXISTS app.region(int);");
        assertThat(catalog.functionVolatility(QualifiedName.parse("later"))).isEmpty();
        assertThat(catalog.functionVolatility(QualifiedName.parse("region"))).isEmpty();
    }

    @Test
    void createTableIfNotExistsOfAKnownTableChangesNothing() {
        replay("CREATE TABLE orders (id bigint PRIMARY KEY);");
        catalog.resetScope();
        replay("V2__again.sql", "CREATE TABLE IF NOT EXISTS orders (id bigint PRIMARY KEY, note text);");
        assertThat(table("orders").newInScope()).isFalse();
        assertThat(table("orders").columns()).extracting(ColumnInfo::name).containsExactly("id");
        assertThat(table("orders").createdIn()).contains("V1__test.sql");
    }

    @Test
    void defaultPartitionsAreKnownWhetherCreatedOrAttached() {
        replay("""
                CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);
                CREATE TABLE events_2025 PARTITION OF events (at DEFAULT '2025-06-01') FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                CREATE TABLE events_rest PARTITION OF events DEFAULT;
                CREATE TABLE logs (id bigint) PARTITION BY LIST (id);
                CREATE TABLE logs_rest (id bigint);
                ALTER TABLE logs ATTACH PARTITION logs_rest DEFAULT;
                """);
        assertThat(table("events_2025").defaultPartition()).isFalse();
        assertThat(table("events_rest").defaultPartition()).isTrue();
        assertThat(table("logs_rest").defaultPartition()).isTrue();
        replay("ALTER TABLE logs DETACH PARTITION logs_rest;");
        assertThat(table("logs_rest").defaultPartition()).isFalse();
    }

    @Test
    void createTableAsSelectAndLikeSourcesOutsideTheCatalogLeaveTheTableIncomplete() {
        replay("""
                CREATE TABLE totals AS SELECT customer_id, sum(total) FROM orders GROUP BY 1;
                CREATE TABLE copy_of_unknown (LIKE legacy INCLUDING ALL);
                CREATE TABLE src (id bigint NOT NULL, v text DEFAULT 'x');
                CREATE TABLE dst (LIKE src, extra int);
                CREATE TABLE dst_defaults (LIKE src INCLUDING DEFAULTS);
                """);
        assertThat(table("totals").complete()).isFalse();
        assertThat(table("totals").newInScope()).isTrue();
        assertThat(table("copy_of_unknown").complete()).isFalse();
        TableInfo dst = table("dst");
        assertThat(dst.complete()).isTrue();
        assertThat(dst.columns()).extracting(ColumnInfo::name).containsExactly("id", "v", "extra");
        assertThat(dst.column("id").orElseThrow().notNull()).isTrue();
        assertThat(dst.column("v").orElseThrow().defaultExpr()).isEmpty();
        assertThat(table("dst_defaults").column("v").orElseThrow().defaultExpr()).isPresent();
    }

    @Test
    void viewsAreRelationsWithUnknownColumns() {
        replay("""
                CREATE VIEW active_users AS SELECT * FROM users WHERE active;
                CREATE MATERIALIZED VIEW daily AS SELECT 1;
                CREATE OR REPLACE VIEW active_users AS SELECT id FROM users WHERE active;
                """);
        assertThat(table("active_users").kind()).isEqualTo(RelationKind.VIEW);
        assertThat(table("active_users").complete()).isFalse();
        assertThat(table("daily").kind()).isEqualTo(RelationKind.MATERIALIZED_VIEW);
        assertThat(catalog.isNew(QualifiedName.of("daily"))).isTrue();
        replay("DROP VIEW active_users; DROP MATERIALIZED VIEW daily;");
        assertThat(catalog.tables()).isEmpty();
    }

    @Test
    void rowLevelSecurityAndPolicies() {
        replay("""
                CREATE TABLE docs (id bigint, tenant_id bigint);
                ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON docs USING (tenant_id = current_setting('app.tenant')::bigint);
                CREATE POLICY "Admins" ON docs TO admin USING (true);
                ALTER POLICY tenant_isolation ON docs RENAME TO by_tenant;
                DROP POLICY IF EXISTS "Admins" ON docs;
                """);
        assertThat(table("docs").rowLevelSecurity()).isTrue();
        assertThat(table("docs").policies()).containsExactly("by_tenant");
        replay("ALTER TABLE docs DISABLE ROW LEVEL SECURITY;");
        assertThat(table("docs").rowLevelSecurity()).isFalse();
    }

    @Test
    void enumValuesDomainsAndTheirUsers() {
        replay("""
                CREATE TYPE mood AS ENUM ('sad', 'ok');
                ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy' AFTER 'ok';
                CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
                CREATE TABLE people (id bigint, feeling mood, past_feelings mood[], contact email);
                """);
        assertThat(catalog.enumValues(QualifiedName.of("mood"))).contains(List.of("sad", "ok", "happy"));
        assertThat(catalog.usersOfType(QualifiedName.of("mood"))).containsExactly(
                new ColumnRef(QualifiedName.of("people"), "feeling"), new ColumnRef(QualifiedName.of("people"), "past_feelings"));
        assertThat(catalog.domain(QualifiedName.of("email")).orElseThrow().constrained()).isTrue();
        assertThat(catalog.usersOfType(QualifiedName.of("email"))).extracting(ColumnRef::column).containsExactly("contact");
        replay("DROP TYPE mood CASCADE;");
        assertThat(catalog.enumValues(QualifiedName.of("mood"))).isEmpty();
        assertThat(table("people").column("feeling")).isEmpty();
    }

    @Test
    void tablesCreatedBeforeTheReplayedScriptsAreKnownButIncomplete() {
        replay("""
                ALTER TABLE legacy ADD CONSTRAINT legacy_x_nn CHECK (x IS NOT NULL) NOT VALID;
                CREATE INDEX legacy_y_idx ON legacy (y);
                """);
        TableInfo legacy = table("legacy");
        assertThat(legacy.complete()).isFalse();
        assertThat(legacy.newInScope()).isFalse();
        assertThat(legacy.createdIn()).isEmpty();
        assertThat(catalog.isExisting(QualifiedName.of("legacy"))).isTrue();
        assertThat(names(legacy.constraints())).containsExactly("legacy_x_nn");
        assertThat(names(legacy.indexes())).containsExactly("legacy_y_idx");
    }

    @Test
    void statementsTheCatalogCannotFollowAreRecordedWithTheirPlace() {
        replay("V3__odd.sql", """
                CREATE TABLE jobs (id bigint);
                ALTER TABLE jobs ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
                DO $$
                BEGIN
                  EXECUTE format('ALTER TABLE %I ADD COLUMN x int', 'jobs');
                END $$;
                """);
        assertThat(table("jobs").complete()).isFalse();
        assertThat(catalog.unfollowed()).extracting(Unfollowed::place).containsExactly("V3__odd.sql:2", "V3__odd.sql:3");
        assertThat(catalog.unfollowed().get(0).relation()).contains(QualifiedName.of("jobs"));
        assertThat(catalog.unfollowed().get(1).relation()).isEmpty();
        assertThat(catalog.lostTrackOf(QualifiedName.of("jobs"))).map(Unfollowed::line).contains(3);
    }

    @Test
    void anUnreadableCreateTableStillCreatesANewTable() {
        replay("CREATE TABLE broken (id bigint,, x int);\nALTER TABLE broken ADD COLUMN y int;");
        assertThat(table("broken").newInScope()).isTrue();
        assertThat(table("broken").complete()).isFalse();
        assertThat(catalog.unfollowed()).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(1);
            assertThat(u.relation()).contains(QualifiedName.of("broken"));
        });
    }

    @Test
    void doBlockStatementsRunAndRoutineBodiesDoNot() {
        replay("""
                DO $$ BEGIN CREATE TABLE from_do (id int); END $$;
                CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TABLE from_function (id int); END $$;
                """);
        assertThat(catalog.tables()).extracting(TableInfo::name).containsExactly(QualifiedName.of("from_do"));
    }

    @Test
    void resettingTheScopeMakesEverythingExisting() {
        replay("CREATE TABLE a (id int); CREATE TABLE b (id int);");
        catalog.resetScope();
        replay("V2__next.sql", "CREATE TABLE c (id int);");
        assertThat(catalog.tables()).extracting(TableInfo::newInScope).containsExactly(false, false, true);
        assertThat(catalog.isExisting(QualifiedName.of("a"))).isTrue();
        assertThat(catalog.isNew(QualifiedName.parse("public.c"))).isTrue();
    }

    @Test
    void unqualifiedNamesMatchAnySchemaButAnExactMatchWins() {
        replay("CREATE TABLE app.users (id int); CREATE TABLE users (name text);");
        assertThat(catalog.table(QualifiedName.of("users")).orElseThrow().column("name")).isPresent();
        assertThat(catalog.table(QualifiedName.parse("app.users")).orElseThrow().column("id")).isPresent();
        assertThat(catalog.table(QualifiedName.parse("other.users")).orElseThrow().name()).isEqualTo(QualifiedName.of("users"));
        assertThat(catalog.table(QualifiedName.of("nobody"))).isEqualTo(Optional.empty());
    }

    @Test
    void dropSchemaDropsItsTables() {
        replay("CREATE TABLE app.a (id int); CREATE TABLE b (id int); DROP SCHEMA app CASCADE;");
        assertThat(catalog.tables()).extracting(TableInfo::name).containsExactly(QualifiedName.of("b"));
    }
}
