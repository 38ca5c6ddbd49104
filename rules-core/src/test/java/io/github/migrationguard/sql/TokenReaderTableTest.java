package io.github.migrationguard.sql;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.AlterAction.Other;
import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.model.Statement.AlterTable;
import io.github.migrationguard.model.Statement.CreateTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.github.migrationguard.sql.Sql.name;
import static io.github.migrationguard.sql.Sql.none;
import static io.github.migrationguard.sql.Sql.some;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** CREATE TABLE and ALTER TABLE|VIEW|MATERIALIZED VIEW|FOREIGN TABLE through the token reader. */
class TokenReaderTableTest {

    private static final LockMode AEL = LockMode.ACCESS_EXCLUSIVE;
    private static final LockMode SUE = LockMode.SHARE_UPDATE_EXCLUSIVE;

    @Test
    void createTableWithColumnsAndInlineConstraints() {
        CreateTable t = Sql.tokens("""
                CREATE TABLE IF NOT EXISTS app.orders (
                  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10) PRIMARY KEY,
                  customer_id int NOT NULL CONSTRAINT fk_c REFERENCES customers (id) ON DELETE CASCADE,
                  code varchar(20) COLLATE "C" UNIQUE NULLS NOT DISTINCT,
                  total numeric(10, 2) DEFAULT 0 NOT NULL CHECK (total >= 0),
                  note text NULL,
                  created_at timestamptz NOT NULL DEFAULT now(),
                  gross numeric GENERATED ALWAYS AS (total * 1.2) STORED,
                  net numeric GENERATED ALWAYS AS (total / 1.2),
                  CONSTRAINT orders_code_check CHECK ((code IS NOT NULL)),
                  UNIQUE (customer_id, code) INCLUDE (note) WITH (fillfactor = 90),
                  FOREIGN KEY (customer_id, code) REFERENCES s.other (a, b) MATCH FULL ON UPDATE SET NULL (a),
                  EXCLUDE USING gist (customer_id WITH =, during WITH &&) WHERE (total > 0)
                ) PARTITION BY RANGE (created_at)""", CreateTable.class);

        assertThat(t.name()).isEqualTo(name("app.orders"));
        assertThat(t.ifNotExists()).isTrue();
        assertThat(t.temporary()).isFalse();
        assertThat(t.asSelect()).isFalse();
        assertThat(t.columns()).extracting(ColumnDef::name)
                .containsExactly("id", "customer_id", "code", "total", "note", "created_at", "gross", "net");

        ColumnDef id = t.columns().get(0);
        assertThat(id.generated().orElseThrow().kind()).isEqualTo(ColumnDef.Generated.Kind.IDENTITY);
        assertThat(id.isPrimaryKey()).isTrue();
        assertThat(id.effectivelyNotNull()).isTrue();

        ColumnDef customer = t.columns().get(1);
        assertThat(customer.notNull()).isTrue();
        ConstraintDef fk = customer.references().orElseThrow();
        assertThat(fk.name()).contains("fk_c");
        assertThat(fk.columns()).containsExactly("customer_id");
        assertThat(fk.references().orElseThrow()).isEqualTo(new ConstraintDef.Reference(name("customers"), List.of("id")));

        ColumnDef code = t.columns().get(2);
        assertThat(code.collation()).contains("C");
        assertThat(code.constraints()).extracting(ConstraintDef::kind).containsExactly(ConstraintKind.UNIQUE);

        ColumnDef total = t.columns().get(3);
        assertThat(total.defaultExpr().orElseThrow().text()).isEqualTo("0");
        assertThat(total.notNull()).isTrue();
        assertThat(total.constraints().get(0).check().orElseThrow().text()).isEqualTo("total >= 0");

        assertThat(t.columns().get(4).notNull()).isFalse();
        assertThat(t.columns().get(5).defaultExpr().orElseThrow().functions()).containsExactly("now");
        assertThat(t.columns().get(6).generated().orElseThrow().kind()).isEqualTo(ColumnDef.Generated.Kind.STORED);
        assertThat(t.columns().get(7).generated().orElseThrow().kind()).isEqualTo(ColumnDef.Generated.Kind.VIRTUAL);

        assertThat(t.constraints()).extracting(ConstraintDef::kind).containsExactly(
                ConstraintKind.CHECK, ConstraintKind.UNIQUE, ConstraintKind.FOREIGN_KEY, ConstraintKind.EXCLUDE);
        ConstraintDef check = t.constraints().get(0);
        assertThat(check.name()).contains("orders_code_check");
        assertThat(check.notNullColumn()).contains("code");
        assertThat(t.constraints().get(1).columns()).containsExactly("customer_id", "code");
        assertThat(t.constraints().get(2).references().orElseThrow())
                .isEqualTo(new ConstraintDef.Reference(name("s.other"), List.of("a", "b")));
        assertThat(t.constraints().get(3).columns()).containsExactly("customer_id", "during");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void createTableForms(String sql, CreateTable expected) {
        assertThat(Sql.tokens(sql)).isEqualTo(expected);
    }

    static Stream<Arguments> createTableForms() {
        return Stream.of(
                arguments("CREATE TEMP TABLE t AS SELECT * FROM x",
                        new CreateTable(name("t"), List.of(), List.of(), false, true, none(), true)),
                arguments("CREATE UNLOGGED TABLE IF NOT EXISTS t (a, b) WITH (fillfactor = 70) AS TABLE x WITH NO DATA",
                        new CreateTable(name("t"), List.of(), List.of(), true, false, none(), true)),
                arguments("CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10)",
                        new CreateTable(name("p1"), List.of(), List.of(), false, false, some(name("p")), false)),
                arguments("CREATE TABLE p_def PARTITION OF s.p DEFAULT",
                        new CreateTable(name("p_def"), List.of(), List.of(), false, false, some(name("s.p")), false)),
                arguments("CREATE TABLE t ()", new CreateTable(name("t"), List.of(), List.of(), false, false, none(), false)),
                arguments("CREATE GLOBAL TEMPORARY TABLE t (LIKE x INCLUDING ALL) ON COMMIT DROP",
                        new CreateTable(name("t"), List.of(), List.of(), false, true, none(), false)));
    }

    @Test
    void partitionOfWithColumnOptionsKeepsTheirConstraints() {
        CreateTable t = Sql.tokens("CREATE TABLE p1 PARTITION OF p (id WITH OPTIONS PRIMARY KEY, CHECK (id > 0)) "
                + "FOR VALUES IN (1)", CreateTable.class);
        assertThat(t.constraints()).extracting(ConstraintDef::kind)
                .containsExactly(ConstraintKind.PRIMARY_KEY, ConstraintKind.CHECK);
        assertThat(t.constraints().get(0).columns()).containsExactly("id");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void alterTableActions(String sql, AlterAction expected) {
        AlterTable t = Sql.tokens(sql, AlterTable.class);
        assertThat(t.actions()).containsExactly(expected);
    }

    static Stream<Arguments> alterTableActions() {
        return Stream.of(
                arguments("ALTER TABLE t DROP COLUMN IF EXISTS c CASCADE", new AlterAction.DropColumn("c", true, true)),
                arguments("ALTER TABLE t DROP c", new AlterAction.DropColumn("c", false, false)),
                arguments("ALTER TABLE t ALTER COLUMN c SET NOT NULL", new AlterAction.SetNotNull("c")),
                arguments("ALTER TABLE t ALTER c DROP NOT NULL", new AlterAction.DropNotNull("c")),
                arguments("ALTER TABLE t ALTER c DROP DEFAULT", new AlterAction.DropDefault("c")),
                arguments("ALTER TABLE t VALIDATE CONSTRAINT c_chk", new AlterAction.ValidateConstraint("c_chk")),
                arguments("ALTER TABLE t DROP CONSTRAINT IF EXISTS c_chk", new AlterAction.DropConstraint("c_chk", true, false)),
                arguments("ALTER TABLE t RENAME COLUMN a TO b", new AlterAction.RenameColumn("a", "b")),
                arguments("ALTER TABLE t RENAME a TO b", new AlterAction.RenameColumn("a", "b")),
                arguments("ALTER TABLE t RENAME CONSTRAINT a TO b", new AlterAction.RenameConstraint("a", "b")),
                arguments("ALTER TABLE t RENAME TO u", new AlterAction.RenameTable("u")),
                arguments("ALTER TABLE t SET SCHEMA archive", new AlterAction.SetSchema("archive")),
                arguments("ALTER TABLE p ATTACH PARTITION s.p1 FOR VALUES FROM (1) TO (10)",
                        new AlterAction.AttachPartition(name("s.p1"), false)),
                arguments("ALTER TABLE p ATTACH PARTITION p_def DEFAULT", new AlterAction.AttachPartition(name("p_def"), true)),
                arguments("ALTER TABLE p DETACH PARTITION p1", new AlterAction.DetachPartition(name("p1"), false, false)),
                arguments("ALTER TABLE p DETACH PARTITION p1 CONCURRENTLY", new AlterAction.DetachPartition(name("p1"), true, false)),
                arguments("ALTER TABLE p DETACH PARTITION p1 FINALIZE", new AlterAction.DetachPartition(name("p1"), false, true)),
                arguments("ALTER TABLE t ENABLE ROW LEVEL SECURITY",
                        new AlterAction.RowLevelSecurity(AlterAction.RowLevelSecurity.Mode.ENABLE)),
                arguments("ALTER TABLE t DISABLE ROW LEVEL SECURITY",
                        new AlterAction.RowLevelSecurity(AlterAction.RowLevelSecurity.Mode.DISABLE)),
                arguments("ALTER TABLE t FORCE ROW LEVEL SECURITY",
                        new AlterAction.RowLevelSecurity(AlterAction.RowLevelSecurity.Mode.FORCE)),
                arguments("ALTER TABLE t NO FORCE ROW LEVEL SECURITY",
                        new AlterAction.RowLevelSecurity(AlterAction.RowLevelSecurity.Mode.NO_FORCE)),
                arguments("ALTER TABLE t DISABLE TRIGGER ALL", new AlterAction.EnableTrigger("all", false)),
                arguments("ALTER TABLE t ENABLE TRIGGER trg", new AlterAction.EnableTrigger("trg", true)),
                arguments("ALTER TABLE t ENABLE ALWAYS TRIGGER trg", new AlterAction.EnableTrigger("trg", true)),
                arguments("ALTER TABLE t DISABLE TRIGGER USER", new AlterAction.EnableTrigger("user", false)),
                arguments("ALTER TABLE t SET TABLESPACE fast NOWAIT", new Other("SET TABLESPACE", AEL, true)),
                arguments("ALTER TABLE t SET LOGGED", new Other("SET LOGGED", AEL, true)),
                arguments("ALTER TABLE t SET UNLOGGED", new Other("SET UNLOGGED", AEL, true)),
                arguments("ALTER TABLE t SET ACCESS METHOD heap2", new Other("SET ACCESS METHOD", AEL, true)),
                arguments("ALTER TABLE t SET (fillfactor = 70)", new Other("SET", SUE, false)),
                arguments("ALTER TABLE t RESET (fillfactor)", new Other("RESET", SUE, false)),
                arguments("ALTER TABLE t CLUSTER ON idx", new Other("CLUSTER ON", SUE, false)),
                arguments("ALTER TABLE t SET WITHOUT CLUSTER", new Other("SET WITHOUT CLUSTER", SUE, false)),
                arguments("ALTER TABLE t OWNER TO admin", new Other("OWNER TO", AEL, false)),
                arguments("ALTER TABLE t REPLICA IDENTITY FULL", new Other("REPLICA IDENTITY", AEL, false)),
                arguments("ALTER TABLE t INHERIT parent", new Other("INHERIT", SUE, false)),
                arguments("ALTER TABLE t NO INHERIT parent", new Other("NO INHERIT", AEL, false)),
                arguments("ALTER TABLE t ENABLE RULE r", new Other("ENABLE RULE", AEL, false)),
                arguments("ALTER TABLE t ALTER CONSTRAINT fk DEFERRABLE INITIALLY DEFERRED",
                        new Other("ALTER CONSTRAINT", AEL, false)),
                arguments("ALTER TABLE t ALTER COLUMN c SET STATISTICS 500",
                        new Other("ALTER COLUMN SET STATISTICS", SUE, false)),
                arguments("ALTER TABLE t ALTER COLUMN c SET STORAGE EXTERNAL",
                        new Other("ALTER COLUMN SET STORAGE", AEL, false)),
                arguments("ALTER TABLE t ALTER COLUMN c SET COMPRESSION lz4",
                        new Other("ALTER COLUMN SET COMPRESSION", AEL, false)),
                arguments("ALTER TABLE t ALTER COLUMN c ADD GENERATED ALWAYS AS IDENTITY (START 1)",
                        new Other("ALTER COLUMN ADD GENERATED AS IDENTITY", AEL, false)),
                arguments("ALTER TABLE t ALTER COLUMN c RESTART WITH 100", new Other("ALTER COLUMN SET IDENTITY", AEL, false)),
                arguments("ALTER TABLE t ALTER COLUMN c SET INCREMENT BY 2", new Other("ALTER COLUMN SET IDENTITY", AEL, false)),
                arguments("ALTER TABLE t ALTER COLUMN c DROP IDENTITY IF EXISTS", new Other("ALTER COLUMN DROP IDENTITY", AEL, false)),
                arguments("ALTER TABLE t ALTER COLUMN c DROP EXPRESSION", new Other("ALTER COLUMN DROP EXPRESSION", AEL, false)),
                arguments("ALTER TABLE t ALTER COLUMN c SET EXPRESSION AS (a + 1)",
                        new Other("ALTER COLUMN SET EXPRESSION", AEL, true)),
                arguments("ALTER TABLE t ALTER COLUMN c SET (n_distinct = 100)",
                        new Other("ALTER COLUMN SET ATTRIBUTE OPTIONS", SUE, false)));
    }

    @Test
    void alterTableHeaderAndSeveralActions() {
        AlterTable t = Sql.tokens("ALTER TABLE IF EXISTS ONLY s.t * ADD COLUMN IF NOT EXISTS a int DEFAULT 0 NOT NULL, "
                + "ADD b text, ALTER COLUMN c SET DEFAULT nextval('s'), ALTER COLUMN d TYPE bigint", AlterTable.class);
        assertThat(t.table()).isEqualTo(name("s.t"));
        assertThat(t.kind()).isEqualTo(RelationKind.TABLE);
        assertThat(t.ifExists()).isTrue();
        assertThat(t.only()).isTrue();
        assertThat(t.actions()).hasSize(4);
        AlterAction.AddColumn a = (AlterAction.AddColumn) t.actions().get(0);
        assertThat(a.ifNotExists()).isTrue();
        assertThat(a.column().notNull()).isTrue();
        assertThat(a.column().defaultExpr().orElseThrow().constant()).isTrue();
        AlterAction.AddColumn b = (AlterAction.AddColumn) t.actions().get(1);
        assertThat(b.ifNotExists()).isFalse();
        assertThat(b.column().type().name()).isEqualTo("text");
        AlterAction.SetDefault c = (AlterAction.SetDefault) t.actions().get(2);
        assertThat(c.expr().text()).isEqualTo("nextval('s')");
        assertThat(c.expr().functions()).containsExactly("nextval");
        assertThat(((AlterAction.AlterColumnType) t.actions().get(3)).type().name()).isEqualTo("bigint");
    }

    @Test
    void alterColumnTypeWithCollationAndUsing() {
        AlterTable t = Sql.tokens("ALTER TABLE t ALTER COLUMN c SET DATA TYPE varchar(100) COLLATE \"C\" "
                + "USING lower(c)::varchar(100), ALTER d TYPE timestamptz", AlterTable.class);
        AlterAction.AlterColumnType c = (AlterAction.AlterColumnType) t.actions().get(0);
        assertThat(c.column()).isEqualTo("c");
        assertThat(c.type().name()).isEqualTo("varchar");
        assertThat(c.type().modifiers()).containsExactly("100");
        assertThat(c.collation()).contains("C");
        assertThat(c.using().orElseThrow().text()).isEqualTo("lower(c)::varchar(100)");
        assertThat(c.using().orElseThrow().functions()).containsExactly("lower");
        AlterAction.AlterColumnType d = (AlterAction.AlterColumnType) t.actions().get(1);
        assertThat(d.using()).isEmpty();
        assertThat(d.collation()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void addConstraint(String sql, ConstraintDef expected) {
        AlterTable t = Sql.tokens(sql, AlterTable.class);
        assertThat(t.actions()).containsExactly(new AlterAction.AddConstraint(expected));
    }

    static Stream<Arguments> addConstraint() {
        return Stream.of(
                arguments("ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID",
                        new ConstraintDef(some("c"), ConstraintKind.CHECK, List.of(), some(expr("a > 0")), none(), none(),
                                none(), true)),
                arguments("ALTER TABLE t ADD CONSTRAINT c CHECK (((a IS NOT NULL))) NOT VALID",
                        new ConstraintDef(some("c"), ConstraintKind.CHECK, List.of("a"), some(expr("((a IS NOT NULL))")),
                                some("a"), none(), none(), true)),
                arguments("ALTER TABLE t ADD CONSTRAINT c NOT NULL a NOT VALID",
                        new ConstraintDef(some("c"), ConstraintKind.NOT_NULL, List.of("a"), none(), some("a"), none(),
                                none(), true)),
                arguments("ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p NOT VALID",
                        new ConstraintDef(none(), ConstraintKind.FOREIGN_KEY, List.of("a"), none(), none(),
                                some(new ConstraintDef.Reference(name("p"), List.of())), none(), true)),
                arguments("ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a, b) REFERENCES s.p (x, y) ON DELETE SET NULL",
                        new ConstraintDef(some("fk"), ConstraintKind.FOREIGN_KEY, List.of("a", "b"), none(), none(),
                                some(new ConstraintDef.Reference(name("s.p"), List.of("x", "y"))), none(), false)),
                arguments("ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_idx",
                        new ConstraintDef(some("t_pkey"), ConstraintKind.PRIMARY_KEY, List.of(), none(), none(), none(),
                                some("t_idx"), false)),
                arguments("ALTER TABLE t ADD UNIQUE USING INDEX u_idx DEFERRABLE",
                        new ConstraintDef(none(), ConstraintKind.UNIQUE, List.of(), none(), none(), none(),
                                some("u_idx"), false)),
                arguments("ALTER TABLE t ADD PRIMARY KEY (id)",
                        new ConstraintDef(none(), ConstraintKind.PRIMARY_KEY, List.of("id"), none(), none(), none(),
                                none(), false)),
                arguments("ALTER TABLE t ADD CONSTRAINT ex EXCLUDE USING gist (room WITH =, during WITH &&)",
                        new ConstraintDef(some("ex"), ConstraintKind.EXCLUDE, List.of("room", "during"), none(), none(),
                                none(), none(), false)));
    }

    private static io.github.migrationguard.model.Expr expr(String text) {
        return Exprs.of(Splitter.split(text).statements().get(0).tokens(), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void otherRelationKinds(String sql, RelationKind kind, AlterAction action) {
        AlterTable t = Sql.tokens(sql, AlterTable.class);
        assertThat(t.kind()).isEqualTo(kind);
        assertThat(t.actions()).containsExactly(action);
    }

    static Stream<Arguments> otherRelationKinds() {
        return Stream.of(
                arguments("ALTER VIEW v RENAME TO w", RelationKind.VIEW, new AlterAction.RenameTable("w")),
                arguments("ALTER VIEW IF EXISTS v ALTER COLUMN c SET DEFAULT 1", RelationKind.VIEW,
                        new AlterAction.SetDefault("c", expr("1"))),
                arguments("ALTER MATERIALIZED VIEW mv SET TABLESPACE fast", RelationKind.MATERIALIZED_VIEW,
                        new Other("SET TABLESPACE", AEL, true)),
                arguments("ALTER FOREIGN TABLE ft OPTIONS (ADD x 'y')", RelationKind.FOREIGN_TABLE,
                        new Other("OPTIONS", AEL, false)),
                arguments("ALTER FOREIGN TABLE ft ADD COLUMN c int", RelationKind.FOREIGN_TABLE,
                        new AlterAction.AddColumn(new ColumnDef("c",
                                new io.github.migrationguard.model.DataType("integer", List.of(), 0, "int"), false, none(),
                                none(), List.of(), none()), false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unrecognizedWithAPlace(String sql, String reason) {
        Statement s = Sql.tokens(sql);
        assertThat(s).isInstanceOf(Statement.Unrecognized.class);
        assertThat(((Statement.Unrecognized) s).reason()).isEqualTo(reason);
    }

    static Stream<Arguments> unrecognizedWithAPlace() {
        return Stream.of(
                arguments("ALTER TABLE t\n  ADD COLUMN a int,\n  FOO BAR",
                        "ALTER TABLE action not understood near 'FOO' (line 3, column 3)"),
                arguments("ALTER TABLE t ADD COLUMN a int NOT NULL BOGUS",
                        "column definition of 'a' not understood near 'BOGUS' (line 1, column 41)"),
                arguments("FROBNICATE t", "not a known SQL command near 'FROBNICATE' (line 1, column 1)"),
                arguments("CREATE INDEX ON", "expected a name at the end of the statement"),
                arguments("LOCK t IN SILLY MODE", "lock mode not understood near 'SILLY' (line 1, column 11)"));
    }
}
