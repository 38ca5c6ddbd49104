package io.github.migrationguard.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.github.migrationguard.model.LockMode.ACCESS_EXCLUSIVE;
import static io.github.migrationguard.model.LockMode.ACCESS_SHARE;
import static io.github.migrationguard.model.LockMode.EXCLUSIVE;
import static io.github.migrationguard.model.LockMode.ROW_EXCLUSIVE;
import static io.github.migrationguard.model.LockMode.SHARE;
import static io.github.migrationguard.model.LockMode.SHARE_ROW_EXCLUSIVE;
import static io.github.migrationguard.model.LockMode.SHARE_UPDATE_EXCLUSIVE;
import static org.assertj.core.api.Assertions.assertThat;

/** The lock table of the rule catalog, one row per statement shape. */
class LocksTest {

    private static final QualifiedName ORDERS = QualifiedName.of("orders");
    private static final QualifiedName CUSTOMERS = QualifiedName.of("customers");
    private static final DataType BIGINT = new DataType("bigint", List.of(), 0, "bigint");

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void locks(String sql, Statement statement, List<Locks.Lock> expected) {
        assertThat(Locks.of(statement)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("CREATE INDEX ON orders (x)", createIndex(false), lock(ORDERS, SHARE)),
                row("CREATE INDEX CONCURRENTLY ON orders (x)", createIndex(true), lock(ORDERS, SHARE_UPDATE_EXCLUSIVE)),
                row("DROP INDEX idx", new Statement.DropIndex(List.of(QualifiedName.of("idx")), false, false, false),
                        lock(QualifiedName.of("idx"), ACCESS_EXCLUSIVE)),
                row("DROP INDEX CONCURRENTLY idx",
                        new Statement.DropIndex(List.of(QualifiedName.of("idx")), true, true, false),
                        lock(QualifiedName.of("idx"), SHARE_UPDATE_EXCLUSIVE)),
                row("ALTER TABLE orders ADD COLUMN c bigint", alter(new AlterAction.AddColumn(column(Optional.empty()), false)),
                        lock(ORDERS, ACCESS_EXCLUSIVE)),
                row("ALTER TABLE orders ADD COLUMN c bigint REFERENCES customers",
                        alter(new AlterAction.AddColumn(column(Optional.of(foreignKey(false))), false)),
                        lock(ORDERS, ACCESS_EXCLUSIVE), lock(CUSTOMERS, SHARE_ROW_EXCLUSIVE)),
                row("ALTER TABLE orders ALTER COLUMN c SET NOT NULL", alter(new AlterAction.SetNotNull("c")),
                        lock(ORDERS, ACCESS_EXCLUSIVE)),
                row("ALTER TABLE orders ALTER COLUMN c TYPE bigint",
                        alter(new AlterAction.AlterColumnType("c", BIGINT, Optional.empty(), Optional.empty())),
                        lock(ORDERS, ACCESS_EXCLUSIVE)),
                row("ALTER TABLE orders ADD FOREIGN KEY … NOT VALID", alter(new AlterAction.AddConstraint(foreignKey(true))),
                        lock(ORDERS, SHARE_ROW_EXCLUSIVE), lock(CUSTOMERS, SHARE_ROW_EXCLUSIVE)),
                row("ALTER TABLE orders ADD CHECK (…) NOT VALID", alter(new AlterAction.AddConstraint(check(true))),
                        lock(ORDERS, ACCESS_EXCLUSIVE)),
                row("ALTER TABLE orders VALIDATE CONSTRAINT c", alter(new AlterAction.ValidateConstraint("c")),
                        lock(ORDERS, SHARE_UPDATE_EXCLUSIVE)),
                row("ALTER TABLE orders ADD FOREIGN KEY …, ADD COLUMN c bigint (strongest kept)",
                        alter(new AlterAction.AddConstraint(foreignKey(false)),
                                new AlterAction.AddColumn(column(Optional.empty()), false)),
                        lock(ORDERS, ACCESS_EXCLUSIVE), lock(CUSTOMERS, SHARE_ROW_EXCLUSIVE)),
                row("ALTER TABLE orders ENABLE TRIGGER t", alter(new AlterAction.EnableTrigger("t", true)),
                        lock(ORDERS, SHARE_ROW_EXCLUSIVE)),
                row("ALTER TABLE orders SET (fillfactor = 70)",
                        alter(new AlterAction.Other("SET", SHARE_UPDATE_EXCLUSIVE, false)),
                        lock(ORDERS, SHARE_UPDATE_EXCLUSIVE)),
                row("ALTER TABLE orders ATTACH PARTITION orders_2024",
                        alter(new AlterAction.AttachPartition(QualifiedName.of("orders_2024"), false)),
                        lock(ORDERS, SHARE_UPDATE_EXCLUSIVE), lock(QualifiedName.of("orders_2024"), ACCESS_EXCLUSIVE)),
                row("ALTER TABLE orders DETACH PARTITION orders_2024",
                        alter(new AlterAction.DetachPartition(QualifiedName.of("orders_2024"), false, false)),
                        lock(ORDERS, ACCESS_EXCLUSIVE), lock(QualifiedName.of("orders_2024"), ACCESS_EXCLUSIVE)),
                row("ALTER TABLE orders DETACH PARTITION orders_2024 CONCURRENTLY",
                        alter(new AlterAction.DetachPartition(QualifiedName.of("orders_2024"), true, false)),
                        lock(ORDERS, SHARE_UPDATE_EXCLUSIVE), lock(QualifiedName.of("orders_2024"), ACCESS_EXCLUSIVE)),
                row("CREATE TABLE order_items (… REFERENCES orders)",
                        new Statement.CreateTable(QualifiedName.of("order_items"), List.of(),
                                List.of(new ConstraintDef(Optional.empty(), ConstraintKind.FOREIGN_KEY, List.of("order_id"),
                                        Optional.empty(), Optional.empty(),
                                        Optional.of(new ConstraintDef.Reference(ORDERS, List.of())), Optional.empty(), false)),
                                false, false, Optional.empty(), false),
                        lock(ORDERS, SHARE_ROW_EXCLUSIVE)),
                row("CREATE TABLE orders_2025 PARTITION OF orders",
                        new Statement.CreateTable(QualifiedName.of("orders_2025"), List.of(), List.of(), false, false,
                                Optional.of(ORDERS), false),
                        lock(ORDERS, ACCESS_EXCLUSIVE)),
                row("REINDEX TABLE orders", new Statement.Reindex(Statement.Reindex.Target.TABLE, Optional.of(ORDERS), false),
                        lock(ORDERS, SHARE)),
                row("REINDEX INDEX idx",
                        new Statement.Reindex(Statement.Reindex.Target.INDEX, Optional.of(QualifiedName.of("idx")), false),
                        lock(QualifiedName.of("idx"), ACCESS_EXCLUSIVE)),
                row("REINDEX TABLE CONCURRENTLY orders",
                        new Statement.Reindex(Statement.Reindex.Target.TABLE, Optional.of(ORDERS), true),
                        lock(ORDERS, SHARE_UPDATE_EXCLUSIVE)),
                row("REINDEX DATABASE app", new Statement.Reindex(Statement.Reindex.Target.DATABASE,
                        Optional.of(QualifiedName.of("app")), false)),
                row("ALTER INDEX idx RENAME TO idx2",
                        new Statement.AlterIndex(QualifiedName.of("idx"), "RENAME TO", Optional.of("idx2")),
                        lock(QualifiedName.of("idx"), SHARE_UPDATE_EXCLUSIVE)),
                row("DROP TABLE orders, customers",
                        new Statement.DropRelation(RelationKind.TABLE, List.of(ORDERS, CUSTOMERS), false, false),
                        lock(ORDERS, ACCESS_EXCLUSIVE), lock(CUSTOMERS, ACCESS_EXCLUSIVE)),
                row("TRUNCATE orders", new Statement.Truncate(List.of(ORDERS), false), lock(ORDERS, ACCESS_EXCLUSIVE)),
                row("VACUUM FULL orders", new Statement.Vacuum(true, false, List.of(ORDERS)), lock(ORDERS, ACCESS_EXCLUSIVE)),
                row("VACUUM orders", new Statement.Vacuum(false, false, List.of(ORDERS)),
                        lock(ORDERS, SHARE_UPDATE_EXCLUSIVE)),
                row("CLUSTER orders", new Statement.Cluster(Optional.of(ORDERS)), lock(ORDERS, ACCESS_EXCLUSIVE)),
                row("CLUSTER", new Statement.Cluster(Optional.empty())),
                row("LOCK TABLE orders IN SHARE MODE", new Statement.LockTable(List.of(ORDERS), SHARE), lock(ORDERS, SHARE)),
                row("REFRESH MATERIALIZED VIEW totals",
                        new Statement.RefreshMaterializedView(QualifiedName.of("totals"), false, false),
                        lock(QualifiedName.of("totals"), ACCESS_EXCLUSIVE)),
                row("REFRESH MATERIALIZED VIEW CONCURRENTLY totals",
                        new Statement.RefreshMaterializedView(QualifiedName.of("totals"), true, false),
                        lock(QualifiedName.of("totals"), EXCLUSIVE)),
                row("UPDATE orders SET …", new Statement.Update(ORDERS, List.of("c"), Optional.empty(), false, List.of()),
                        lock(ORDERS, ROW_EXCLUSIVE)),
                row("COPY orders TO STDOUT", new Statement.Copy(ORDERS, false), lock(ORDERS, ACCESS_SHARE)),
                row("CREATE TRIGGER t … ON orders",
                        new Statement.Other("CREATE TRIGGER", Optional.of(ORDERS), Optional.of(SHARE_ROW_EXCLUSIVE)),
                        lock(ORDERS, SHARE_ROW_EXCLUSIVE)),
                row("GRANT SELECT ON orders", Statement.Other.of("GRANT")),
                row("SET lock_timeout = '5s'", new Statement.SetSetting("lock_timeout", Optional.of("5s"), false)));
    }

    private static Arguments row(String sql, Statement statement, Locks.Lock... expected) {
        return Arguments.of(sql, statement, List.of(expected));
    }

    private static Locks.Lock lock(QualifiedName relation, LockMode mode) {
        return new Locks.Lock(relation, mode);
    }

    private static Statement.AlterTable alter(AlterAction... actions) {
        return new Statement.AlterTable(ORDERS, RelationKind.TABLE, false, false, List.of(actions));
    }

    private static Statement.CreateIndex createIndex(boolean concurrently) {
        return new Statement.CreateIndex(Optional.empty(), ORDERS, false, concurrently, false, false, List.of("x"),
                Optional.empty(), "btree");
    }

    private static ColumnDef column(Optional<ConstraintDef> constraint) {
        return new ColumnDef("c", BIGINT, false, Optional.empty(), Optional.empty(), constraint.stream().toList(),
                Optional.empty());
    }

    private static ConstraintDef foreignKey(boolean notValid) {
        return new ConstraintDef(Optional.empty(), ConstraintKind.FOREIGN_KEY, List.of("c"), Optional.empty(),
                Optional.empty(), Optional.of(new ConstraintDef.Reference(CUSTOMERS, List.of())), Optional.empty(), notValid);
    }

    private static ConstraintDef check(boolean notValid) {
        return new ConstraintDef(Optional.empty(), ConstraintKind.CHECK, List.of("c"),
                Optional.of(new Expr("c > 0", List.of(), false, false)), Optional.empty(), Optional.empty(),
                Optional.empty(), notValid);
    }
}
