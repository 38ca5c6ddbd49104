package io.github.migrationguard.sql;

import io.github.migrationguard.model.DataType;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.model.Statement.AlterDomain;
import io.github.migrationguard.model.Statement.AlterDomain.Action;
import io.github.migrationguard.model.Statement.CreateIndex;
import io.github.migrationguard.model.Statement.DropIndex;
import io.github.migrationguard.model.Statement.DropObject;
import io.github.migrationguard.model.Statement.DropRelation;
import io.github.migrationguard.model.Statement.Other;
import io.github.migrationguard.model.Statement.Reindex;
import io.github.migrationguard.model.Statement.SetSetting;
import io.github.migrationguard.model.Statement.TransactionControl;
import io.github.migrationguard.model.Statement.TransactionControl.Command;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.github.migrationguard.sql.Sql.name;
import static io.github.migrationguard.sql.Sql.names;
import static io.github.migrationguard.sql.Sql.none;
import static io.github.migrationguard.sql.Sql.some;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every statement form the token reader models, SQL in and the exact record out. */
class TokenReaderCommandsTest {

    private static final Optional<LockMode> AEL = Optional.of(LockMode.ACCESS_EXCLUSIVE);

    @ParameterizedTest(name = "{0}")
    @MethodSource({"indexes", "drops", "settings", "transactions", "maintenance", "others", "domains"})
    void readsStatement(String sql, Statement expected) {
        assertThat(Sql.tokens(sql)).isEqualTo(expected);
    }

    static Stream<Arguments> indexes() {
        return Stream.of(
                arguments("CREATE INDEX idx ON t (a)",
                        new CreateIndex(some("idx"), name("t"), false, false, false, false, List.of("a"), none(), "btree")),
                arguments("create unique index concurrently if not exists idx on only s.t using gin (lower(a), b DESC) include (c) where b > 0",
                        new CreateIndex(some("idx"), name("s.t"), true, true, true, true, List.of("lower(a)", "b DESC"),
                                some("b > 0"), "gin")),
                arguments("CREATE INDEX CONCURRENTLY ON t (a) WITH (fillfactor = 70) TABLESPACE fast",
                        new CreateIndex(none(), name("t"), false, true, false, false, List.of("a"), none(), "btree")),
                arguments("CREATE INDEX \"Idx\" ON \"Public\".\"T\" USING BRIN (created_at)",
                        new CreateIndex(some("Idx"), new io.github.migrationguard.model.QualifiedName("Public", "T"),
                                false, false, false, false, List.of("created_at"), none(), "brin")),
                arguments("DROP INDEX CONCURRENTLY idx", new DropIndex(names("idx"), true, false, false)),
                arguments("DROP INDEX CONCURRENTLY IF EXISTS s.idx, idx2 CASCADE",
                        new DropIndex(names("s.idx", "idx2"), true, true, true)),
                arguments("drop index idx restrict", new DropIndex(names("idx"), false, false, false)),
                arguments("ALTER INDEX idx RENAME TO idx2",
                        new Statement.AlterIndex(name("idx"), "RENAME TO", some("idx2"))),
                arguments("ALTER INDEX IF EXISTS parent_idx ATTACH PARTITION s.part_idx",
                        new Statement.AlterIndex(name("parent_idx"), "ATTACH PARTITION", some("s.part_idx"))),
                arguments("ALTER INDEX idx SET TABLESPACE fast",
                        new Statement.AlterIndex(name("idx"), "SET TABLESPACE", some("fast"))),
                arguments("ALTER INDEX idx SET (fillfactor = 70)",
                        new Statement.AlterIndex(name("idx"), "SET", some("(fillfactor = 70)"))),
                arguments("REINDEX INDEX idx", new Reindex(Reindex.Target.INDEX, some(name("idx")), false)),
                arguments("REINDEX TABLE CONCURRENTLY s.t", new Reindex(Reindex.Target.TABLE, some(name("s.t")), true)),
                arguments("REINDEX (VERBOSE, CONCURRENTLY) SCHEMA app",
                        new Reindex(Reindex.Target.SCHEMA, some(name("app")), true)),
                arguments("REINDEX (CONCURRENTLY false) INDEX i", new Reindex(Reindex.Target.INDEX, some(name("i")), false)),
                arguments("REINDEX DATABASE", new Reindex(Reindex.Target.DATABASE, none(), false)),
                arguments("REINDEX SYSTEM db", new Reindex(Reindex.Target.SYSTEM, some(name("db")), false)));
    }

    static Stream<Arguments> drops() {
        return Stream.of(
                arguments("DROP TABLE t", new DropRelation(RelationKind.TABLE, names("t"), false, false)),
                arguments("DROP TABLE IF EXISTS a, s.b CASCADE",
                        new DropRelation(RelationKind.TABLE, names("a", "s.b"), true, true)),
                arguments("DROP VIEW v", new DropRelation(RelationKind.VIEW, names("v"), false, false)),
                arguments("DROP MATERIALIZED VIEW IF EXISTS mv",
                        new DropRelation(RelationKind.MATERIALIZED_VIEW, names("mv"), true, false)),
                arguments("DROP FOREIGN TABLE ft", new DropRelation(RelationKind.FOREIGN_TABLE, names("ft"), false, false)),
                arguments("DROP SEQUENCE s RESTRICT", new DropRelation(RelationKind.SEQUENCE, names("s"), false, false)),
                arguments("DROP SCHEMA app CASCADE", new DropObject("SCHEMA", names("app"), false, true)),
                arguments("DROP DATABASE IF EXISTS shop", new DropObject("DATABASE", names("shop"), true, false)),
                arguments("DROP TYPE mood", new DropObject("TYPE", names("mood"), false, false)),
                arguments("DROP FUNCTION IF EXISTS f(int, text), g() CASCADE",
                        new DropObject("FUNCTION", names("f", "g"), true, true)),
                arguments("DROP EXTENSION pgcrypto", new DropObject("EXTENSION", names("pgcrypto"), false, false)),
                arguments("DROP TRIGGER IF EXISTS trg ON s.t",
                        new Other("DROP TRIGGER", some(name("s.t")), AEL)),
                arguments("DROP POLICY p ON t", new Other("DROP POLICY", some(name("t")), AEL)),
                arguments("DROP RULE r ON t", new Other("DROP RULE", some(name("t")), AEL)),
                arguments("DROP TABLESPACE fast", Other.of("DROP TABLESPACE")),
                arguments("TRUNCATE t", new Statement.Truncate(names("t"), false)),
                arguments("TRUNCATE TABLE ONLY a, b * RESTART IDENTITY CASCADE",
                        new Statement.Truncate(names("a", "b"), true)));
    }

    static Stream<Arguments> settings() {
        return Stream.of(
                arguments("SET lock_timeout = '5s'", new SetSetting("lock_timeout", some("5s"), false)),
                arguments("SET lock_timeout TO 5000", new SetSetting("lock_timeout", some("5000"), false)),
                arguments("SET LOCAL statement_timeout = '1min'", new SetSetting("statement_timeout", some("1min"), true)),
                arguments("SET SESSION lock_timeout TO DEFAULT", new SetSetting("lock_timeout", none(), false)),
                arguments("SET search_path TO \"$user\", public",
                        new SetSetting("search_path", some("\"$user\", public"), false)),
                arguments("SET TIME ZONE 'UTC'", new SetSetting("timezone", some("UTC"), false)),
                arguments("SET myapp.tenant = 'a'", new SetSetting("myapp.tenant", some("a"), false)),
                arguments("RESET lock_timeout", new SetSetting("lock_timeout", none(), false)),
                arguments("RESET ALL", new SetSetting("all", none(), false)),
                arguments("SELECT set_config('lock_timeout', '5s', false)",
                        new SetSetting("lock_timeout", some("5s"), false)),
                arguments("select pg_catalog.set_config('statement_timeout', '0', true) as x",
                        new SetSetting("statement_timeout", some("0"), true)),
                arguments("SELECT set_config('lock_timeout', '5s', false), 1", Other.of("SELECT")),
                arguments("SET SESSION AUTHORIZATION admin", Other.of("SET SESSION AUTHORIZATION")),
                arguments("SET ROLE admin", Other.of("SET ROLE")),
                arguments("SET CONSTRAINTS ALL DEFERRED", Other.of("SET CONSTRAINTS")),
                arguments("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", Other.of("SET TRANSACTION")));
    }

    static Stream<Arguments> transactions() {
        return Stream.of(
                arguments("BEGIN", tx(Command.BEGIN)),
                arguments("BEGIN WORK ISOLATION LEVEL SERIALIZABLE", tx(Command.BEGIN)),
                arguments("START TRANSACTION READ WRITE", tx(Command.BEGIN)),
                arguments("COMMIT", tx(Command.COMMIT)),
                arguments("COMMIT AND NO CHAIN", tx(Command.COMMIT)),
                arguments("COMMIT WORK AND CHAIN", new TransactionControl(Command.COMMIT, true)),
                arguments("end transaction and chain", new TransactionControl(Command.COMMIT, true)),
                arguments("ROLLBACK AND CHAIN", new TransactionControl(Command.ROLLBACK, true)),
                arguments("ABORT TRANSACTION AND CHAIN", new TransactionControl(Command.ROLLBACK, true)),
                arguments("END", tx(Command.COMMIT)),
                arguments("ROLLBACK", tx(Command.ROLLBACK)),
                arguments("ABORT", tx(Command.ROLLBACK)),
                arguments("SAVEPOINT s1", tx(Command.SAVEPOINT)),
                arguments("RELEASE SAVEPOINT s1", tx(Command.RELEASE_SAVEPOINT)),
                arguments("RELEASE s1", tx(Command.RELEASE_SAVEPOINT)),
                arguments("ROLLBACK TO SAVEPOINT s1", tx(Command.ROLLBACK_TO_SAVEPOINT)),
                arguments("ROLLBACK WORK TO s1", tx(Command.ROLLBACK_TO_SAVEPOINT)),
                arguments("PREPARE TRANSACTION 'x'", tx(Command.PREPARE_TRANSACTION)),
                arguments("COMMIT PREPARED 'x'", tx(Command.COMMIT_PREPARED)),
                arguments("ROLLBACK PREPARED 'x'", tx(Command.ROLLBACK_PREPARED)));
    }

    static Stream<Arguments> maintenance() {
        return Stream.of(
                arguments("VACUUM", new Statement.Vacuum(false, false, List.of())),
                arguments("VACUUM FULL ANALYZE t", new Statement.Vacuum(true, false, names("t"))),
                arguments("VACUUM (FULL, ANALYZE) a, s.b (x, y)", new Statement.Vacuum(true, false, names("a", "s.b"))),
                arguments("VACUUM (FULL false) t", new Statement.Vacuum(false, false, names("t"))),
                arguments("ANALYZE t", new Statement.Vacuum(false, true, names("t"))),
                arguments("ANALYZE VERBOSE", new Statement.Vacuum(false, true, List.of())),
                arguments("CLUSTER", new Statement.Cluster(none())),
                arguments("CLUSTER VERBOSE t USING idx", new Statement.Cluster(some(name("t")))),
                arguments("CLUSTER idx ON t", new Statement.Cluster(some(name("t")))),
                arguments("LOCK t", new Statement.LockTable(names("t"), LockMode.ACCESS_EXCLUSIVE)),
                arguments("LOCK TABLE ONLY a, b IN SHARE ROW EXCLUSIVE MODE NOWAIT",
                        new Statement.LockTable(names("a", "b"), LockMode.SHARE_ROW_EXCLUSIVE)),
                arguments("lock table t in access share mode", new Statement.LockTable(names("t"), LockMode.ACCESS_SHARE)),
                arguments("REFRESH MATERIALIZED VIEW mv", new Statement.RefreshMaterializedView(name("mv"), false, false)),
                arguments("REFRESH MATERIALIZED VIEW CONCURRENTLY s.mv WITH DATA",
                        new Statement.RefreshMaterializedView(name("s.mv"), true, false)),
                arguments("REFRESH MATERIALIZED VIEW mv WITH NO DATA",
                        new Statement.RefreshMaterializedView(name("mv"), false, true)),
                arguments("ALTER TYPE mood ADD VALUE 'meh'", new Statement.AlterTypeAddValue(name("mood"), "meh", false)),
                arguments("ALTER TYPE s.mood ADD VALUE IF NOT EXISTS 'meh' BEFORE 'sad'",
                        new Statement.AlterTypeAddValue(name("s.mood"), "meh", true)),
                arguments("ALTER TYPE mood RENAME VALUE 'a' TO 'b'", Other.of("ALTER TYPE")),
                arguments("COPY t (a, b) FROM STDIN", new Statement.Copy(name("t"), true)),
                arguments("COPY s.t TO 'export.csv' WITH (FORMAT csv)", new Statement.Copy(name("s.t"), false)),
                arguments("COPY (SELECT 1) TO STDOUT", Other.of("COPY")),
                arguments("DO $$ BEGIN PERFORM 1; END $$", new Statement.DoBlock("plpgsql", Statement.Body.EMPTY)),
                arguments("DO LANGUAGE plpgsql 'BEGIN NULL; END'", new Statement.DoBlock("plpgsql", Statement.Body.EMPTY)),
                arguments("DO $x$ SELECT 1 $x$ LANGUAGE SQL", new Statement.DoBlock("sql", Statement.Body.EMPTY)),
                arguments("CREATE OR REPLACE FUNCTION s.f(a int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN a; END $$",
                        new Statement.CreateRoutine(name("s.f"), false, "plpgsql", Statement.Body.EMPTY)),
                arguments("CREATE PROCEDURE p() AS 'UPDATE t SET a = 1' LANGUAGE sql",
                        new Statement.CreateRoutine(name("p"), true, "sql", Statement.Body.EMPTY)),
                arguments("CREATE FUNCTION f() RETURNS int RETURN 1",
                        new Statement.CreateRoutine(name("f"), false, "sql", Statement.Body.EMPTY)));
    }

    static Stream<Arguments> others() {
        return Stream.of(
                arguments("CREATE DATABASE shop", Other.of("CREATE DATABASE")),
                arguments("CREATE TABLESPACE fast LOCATION '/ssd'", Other.of("CREATE TABLESPACE")),
                arguments("ALTER SYSTEM SET work_mem = '64MB'", Other.of("ALTER SYSTEM")),
                arguments("DISCARD ALL", Other.of("DISCARD ALL")),
                arguments("CREATE SUBSCRIPTION sub CONNECTION 'x' PUBLICATION p", Other.of("CREATE SUBSCRIPTION")),
                arguments("CREATE PUBLICATION p FOR TABLE t", Other.of("CREATE PUBLICATION")),
                arguments("CREATE EXTENSION IF NOT EXISTS pgcrypto", Other.of("CREATE EXTENSION")),
                arguments("CREATE TYPE mood AS ENUM ('a', 'b')", new Statement.CreateEnumType(name("mood"), List.of("a", "b"))),
                arguments("CREATE TYPE app.\"Mood\" AS ENUM ()", new Statement.CreateEnumType(new QualifiedName("app", "Mood"), List.of())),
                arguments("CREATE TYPE pair AS (a int, b int)",
                        new Other("CREATE TYPE", Optional.of(name("pair")), Optional.empty())),
                arguments("CREATE DOMAIN pos AS int CHECK (VALUE > 0)",
                        new Statement.CreateDomain(name("pos"), new DataType("integer", List.of(), 0, "int"), true)),
                arguments("CREATE DOMAIN email text", new Statement.CreateDomain(name("email"),
                        new DataType("text", List.of(), 0, "text"), false)),
                arguments("CREATE SCHEMA IF NOT EXISTS app", new Other("CREATE SCHEMA", Optional.of(name("app")), Optional.empty())),
                arguments("CREATE SCHEMA AUTHORIZATION app_owner", Other.of("CREATE SCHEMA")),
                arguments("ALTER SEQUENCE s RESTART WITH 10", Other.of("ALTER SEQUENCE")),
                arguments("ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO r",
                        Other.of("ALTER DEFAULT PRIVILEGES")),
                arguments("ALTER FUNCTION f() OWNER TO admin", Other.of("ALTER FUNCTION")),
                arguments("CREATE ROLE app LOGIN", Other.of("CREATE ROLE")),
                arguments("CREATE OR REPLACE VIEW v AS SELECT 1", new Other("CREATE VIEW", some(name("v")), AEL)),
                arguments("CREATE TEMP VIEW v AS SELECT 1", new Other("CREATE VIEW", some(name("v")), none())),
                arguments("CREATE MATERIALIZED VIEW IF NOT EXISTS s.mv AS SELECT 1 WITH NO DATA",
                        new Other("CREATE MATERIALIZED VIEW", some(name("s.mv")), none())),
                arguments("CREATE SEQUENCE IF NOT EXISTS seq START 1", new Other("CREATE SEQUENCE", some(name("seq")), none())),
                arguments("CREATE TRIGGER trg BEFORE UPDATE OF a ON s.t FOR EACH ROW EXECUTE FUNCTION f()",
                        new Other("CREATE TRIGGER", some(name("s.t")), Optional.of(LockMode.SHARE_ROW_EXCLUSIVE))),
                arguments("CREATE CONSTRAINT TRIGGER trg AFTER INSERT ON t DEFERRABLE FOR EACH ROW EXECUTE FUNCTION f()",
                        new Other("CREATE TRIGGER", some(name("t")), Optional.of(LockMode.SHARE_ROW_EXCLUSIVE))),
                arguments("CREATE POLICY p ON t USING (tenant_id = current_setting('app.tenant')::int)",
                        new Other("CREATE POLICY", some(name("t")), AEL)),
                arguments("ALTER POLICY p ON t RENAME TO q", new Other("ALTER POLICY", some(name("t")), AEL)),
                arguments("ALTER TRIGGER trg ON t RENAME TO trg2", new Other("ALTER TRIGGER", some(name("t")), AEL)),
                arguments("CREATE OR REPLACE RULE r AS ON INSERT TO t DO INSTEAD NOTHING",
                        new Other("CREATE RULE", some(name("t")), AEL)),
                arguments("CREATE STATISTICS st (dependencies) ON a, b FROM s.t",
                        new Other("CREATE STATISTICS", some(name("s.t")), Optional.of(LockMode.SHARE_UPDATE_EXCLUSIVE))),
                arguments("COMMENT ON TABLE t IS 'x'",
                        new Other("COMMENT ON", some(name("t")), Optional.of(LockMode.SHARE_UPDATE_EXCLUSIVE))),
                arguments("COMMENT ON COLUMN s.t.c IS 'x'",
                        new Other("COMMENT ON", some(name("s.t")), Optional.of(LockMode.SHARE_UPDATE_EXCLUSIVE))),
                arguments("COMMENT ON CONSTRAINT c ON t IS NULL",
                        new Other("COMMENT ON", some(name("t")), Optional.of(LockMode.ACCESS_SHARE))),
                arguments("COMMENT ON EXTENSION x IS 'y'", new Other("COMMENT ON", none(), none())),
                arguments("GRANT SELECT ON t TO r", Other.of("GRANT")),
                arguments("REVOKE ALL ON SCHEMA s FROM r", Other.of("REVOKE")),
                arguments("SELECT 1", Other.of("SELECT")),
                arguments("WITH x AS (SELECT 1) SELECT * FROM x", Other.of("SELECT")),
                arguments("CALL p(1)", Other.of("CALL")),
                arguments("EXPLAIN SELECT 1", Other.of("EXPLAIN")),
                arguments("NOTIFY ch, 'x'", Other.of("NOTIFY")),
                arguments("LISTEN ch", Other.of("LISTEN")),
                arguments("SECURITY LABEL FOR selinux ON TABLE t IS 'x'", Other.of("SECURITY LABEL")),
                arguments("IMPORT FOREIGN SCHEMA r FROM SERVER s INTO l", Other.of("IMPORT FOREIGN SCHEMA")),
                arguments("ALTER TABLE ALL IN TABLESPACE a SET TABLESPACE b",
                        new Other("ALTER TABLE ALL IN TABLESPACE", none(), AEL)),
                arguments("DROP OWNED BY r", Other.of("DROP OWNED")));
    }

    static Stream<Arguments> domains() {
        return Stream.of(
                arguments("ALTER DOMAIN s.positive ADD CONSTRAINT positive_check CHECK (VALUE > 0)",
                        new AlterDomain(name("s.positive"), Action.ADD_CONSTRAINT, some("positive_check"), false)),
                arguments("ALTER DOMAIN positive ADD CHECK (VALUE IS NOT NULL AND VALUE > 0) NOT VALID",
                        new AlterDomain(name("positive"), Action.ADD_CONSTRAINT, none(), true)),
                arguments("ALTER DOMAIN positive ADD CONSTRAINT nn NOT NULL",
                        new AlterDomain(name("positive"), Action.ADD_CONSTRAINT, some("nn"), false)),
                arguments("ALTER DOMAIN \"Email\" VALIDATE CONSTRAINT email_check",
                        new AlterDomain(io.github.migrationguard.model.QualifiedName.of("Email"), Action.VALIDATE_CONSTRAINT, some("email_check"), false)),
                arguments("ALTER DOMAIN positive SET NOT NULL",
                        new AlterDomain(name("positive"), Action.SET_NOT_NULL, none(), false)),
                arguments("ALTER DOMAIN positive DROP NOT NULL",
                        new AlterDomain(name("positive"), Action.OTHER, none(), false)),
                arguments("ALTER DOMAIN positive RENAME CONSTRAINT a TO b",
                        new AlterDomain(name("positive"), Action.OTHER, none(), false)));
    }

    private static TransactionControl tx(Command command) {
        return new TransactionControl(command);
    }
}
