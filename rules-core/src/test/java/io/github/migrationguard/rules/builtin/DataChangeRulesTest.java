package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.Predicate;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The data-change rules' decisions over hand-built statements; examples cover them end to end. */
class DataChangeRulesTest {

    private static final QualifiedName ORDERS = QualifiedName.of("orders");

    private static Statement.Update update(Optional<Predicate> where, boolean limited) {
        return new Statement.Update(ORDERS, List.of("status"), where, limited, List.of());
    }

    private static Statement.Delete delete(Optional<Predicate> where, boolean limited) {
        return new Statement.Delete(ORDERS, where, limited, List.of());
    }

    private static Statement.CreateTable createOrders() {
        return new Statement.CreateTable(ORDERS, List.<ColumnDef>of(), List.of(), false, false, Optional.empty(), false);
    }

    private static final Optional<Predicate> BY_STATUS =
            Optional.of(new Predicate.Compare("status", "=", Predicate.Operand.CONSTANT));
    private static final Optional<Predicate> BY_ID_RANGE =
            Optional.of(new Predicate.Between("id", false, true));

    @Test
    void unboundedUpdateOfAnExistingTableIsFlaggedWithItsLockAndABatchedLoop() {
        var reported = new HandBuiltScript()
                .add("UPDATE orders SET status = 'archived' WHERE status = 'done'", update(BY_STATUS, false))
                .run(new UnbatchedUpdate());

        assertThat(reported).singleElement().satisfies(r -> {
            assertThat(r.message()).contains("\"orders\"", "ROW EXCLUSIVE", "does not bound the rows");
            assertThat(r.fix()).contains("DO $$", "COMMIT", "min(id) FROM orders", "outside the migration's transaction");
        });
    }

    @Test
    void updateWithoutWhereSaysEveryRow() {
        var reported = new HandBuiltScript()
                .add("UPDATE orders SET status = 'new'", update(Optional.empty(), false))
                .run(new UnbatchedUpdate());

        assertThat(reported).singleElement().satisfies(r -> assertThat(r.message()).contains("with no WHERE"));
    }

    @Test
    void boundedUpdatesAndUpdatesOfNewTablesAreNotFlagged() {
        var reported = new HandBuiltScript()
                .add("UPDATE orders SET status = 'x' WHERE id BETWEEN 1 AND 1000", update(BY_ID_RANGE, false))
                .add("CREATE TABLE orders ()", createOrders())
                .add("UPDATE orders SET status = 'new'", update(Optional.empty(), false))
                .run(new UnbatchedUpdate());

        assertThat(reported).isEmpty();
    }

    @Test
    void pg10GetsRangesDrivenFromOutsideSinceDoCannotCommit() {
        var reported = new HandBuiltScript().pg(10)
                .add("UPDATE orders SET status = 'new'", update(Optional.empty(), false))
                .run(new UnbatchedUpdate());

        assertThat(reported).singleElement().satisfies(r -> assertThat(r.fix())
                .contains("PostgreSQL 10 cannot COMMIT").doesNotContain("DO $$"));
    }

    @Test
    void dataChangesInFunctionBodiesAreChecked() {
        var reported = new HandBuiltScript()
                .add("CREATE FUNCTION purge() …", new Statement.CreateRoutine(QualifiedName.of("purge"), false,
                        "plpgsql", Statement.Body.EMPTY))
                .add("DELETE FROM orders WHERE status = 'done'", delete(BY_STATUS, false), Nesting.ROUTINE_BODY)
                .run(new UnbatchedDelete());

        assertThat(reported).singleElement().satisfies(r -> {
            assertThat(r.statement()).isEqualTo(1);
            assertThat(r.message()).contains("function body");
        });
    }

    @Test
    void unboundedDeleteGetsALimitedRepeat() {
        var reported = new HandBuiltScript()
                .add("DELETE FROM orders", delete(Optional.empty(), false))
                .run(new UnbatchedDelete());

        assertThat(reported).singleElement().satisfies(r -> {
            assertThat(r.message()).contains("DELETE from existing table \"orders\"", "with no WHERE");
            assertThat(r.fix()).contains("GET DIAGNOSTICS", "LIMIT 1000");
        });
    }

    @Test
    void limitIsLeftToUpdateWithLimitWhichFlagsItEvenOnNewTables() {
        var script = new HandBuiltScript()
                .add("CREATE TABLE orders ()", createOrders())
                .add("UPDATE orders SET status = 'x' LIMIT 10", update(Optional.empty(), true))
                .add("DELETE FROM orders LIMIT 10", delete(Optional.empty(), true));

        assertThat(script.run(new UnbatchedUpdate())).isEmpty();
        assertThat(script.run(new UnbatchedDelete())).isEmpty();
        assertThat(script.run(new UpdateWithLimit())).extracting(HandBuiltScript.Reported::statement)
                .containsExactly(1, 2);
    }

    @Test
    void updateWithoutLimitIsNotUpdateWithLimit() {
        var reported = new HandBuiltScript()
                .add("UPDATE orders SET status = 'new'", update(Optional.empty(), false))
                .run(new UpdateWithLimit());

        assertThat(reported).isEmpty();
    }
}
