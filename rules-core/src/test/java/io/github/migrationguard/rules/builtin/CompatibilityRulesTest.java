package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Data-loss and compatibility rules over hand-built statements; examples cover them end to end. */
class CompatibilityRulesTest {

    private static final QualifiedName USERS = QualifiedName.of("users");
    private static final QualifiedName STAGING = QualifiedName.of("users_import");

    private static Statement.CreateTable create(QualifiedName name) {
        return new Statement.CreateTable(name, List.<ColumnDef>of(), List.of(), false, false, Optional.empty(), false);
    }

    private static Statement.AlterTable alter(QualifiedName table, RelationKind kind, AlterAction... actions) {
        return new Statement.AlterTable(table, kind, false, false, List.of(actions));
    }

    @Test
    void dropTableFlagsOnlyTheExistingTablesOfTheStatement() {
        var reported = new HandBuiltScript()
                .add("CREATE TABLE users_import ()", create(STAGING))
                .add("DROP TABLE IF EXISTS users_import, billing.invoices",
                        new Statement.DropRelation(RelationKind.TABLE,
                                List.of(STAGING, new QualifiedName("billing", "invoices")), true, false))
                .run(new DropTable());

        assertThat(reported).singleElement().satisfies(r -> {
            assertThat(r.message()).contains("\"billing.invoices\"", "ACCESS EXCLUSIVE").doesNotContain("users_import");
            assertThat(r.fix()).contains("ALTER TABLE billing.invoices RENAME TO invoices_retired;",
                    "DROP TABLE IF EXISTS billing.invoices_retired;");
        });
    }

    @Test
    void dropViewIsNotDropTable() {
        var reported = new HandBuiltScript()
                .add("DROP VIEW active_users", new Statement.DropRelation(RelationKind.VIEW,
                        List.of(QualifiedName.of("active_users")), false, false))
                .run(new DropTable());

        assertThat(reported).isEmpty();
    }

    @Test
    void dropColumnNamesTheColumnsAndCascade() {
        var reported = new HandBuiltScript()
                .add("ALTER TABLE users DROP COLUMN phone CASCADE, DROP COLUMN fax", alter(USERS, RelationKind.TABLE,
                        new AlterAction.DropColumn("phone", false, true), new AlterAction.DropColumn("fax", false, false)))
                .add("CREATE TABLE users_import ()", create(STAGING))
                .add("ALTER TABLE users_import DROP COLUMN phone", alter(STAGING, RelationKind.TABLE,
                        new AlterAction.DropColumn("phone", false, false)))
                .run(new DropColumn());

        assertThat(reported).singleElement().satisfies(r -> {
            assertThat(r.statement()).isZero();
            assertThat(r.message()).contains("\"phone\", \"fax\"", "CASCADE");
            assertThat(r.fix()).contains("ALTER TABLE users DROP COLUMN IF EXISTS fax;");
        });
    }

    @Test
    void renameColumnGivesExpandContractStepsWithItsNames() {
        var reported = new HandBuiltScript()
                .add("ALTER TABLE users RENAME COLUMN email TO \"EmailAddress\"", alter(USERS, RelationKind.TABLE,
                        new AlterAction.RenameColumn("email", "EmailAddress")))
                .run(new RenameColumn());

        assertThat(reported).singleElement().satisfies(r -> assertThat(r.fix())
                .contains("ALTER TABLE users ADD COLUMN \"EmailAddress\"", "SET \"EmailAddress\" = email",
                        "ALTER TABLE users DROP COLUMN email;"));
    }

    @Test
    void renameOfATableCreatedInTheSameMigrationIsFine() {
        var reported = new HandBuiltScript()
                .add("CREATE TABLE users_import ()", create(STAGING))
                .add("ALTER TABLE users_import RENAME TO users_staging", alter(STAGING, RelationKind.TABLE,
                        new AlterAction.RenameTable("users_staging")))
                .add("ALTER TABLE users_staging RENAME COLUMN a TO b", alter(QualifiedName.of("users_staging"),
                        RelationKind.TABLE, new AlterAction.RenameColumn("a", "b")))
                .run(new RenameTable());

        assertThat(reported).isEmpty();
    }

    @Test
    void renameTableKeepsTheOldNameAsAViewInItsSchema() {
        QualifiedName orders = new QualifiedName("shop", "orders");
        var reported = new HandBuiltScript()
                .add("ALTER TABLE shop.orders RENAME TO purchase_orders", alter(orders, RelationKind.TABLE,
                        new AlterAction.RenameTable("purchase_orders")))
                .run(new RenameTable());

        assertThat(reported).singleElement().satisfies(r -> assertThat(r.fix()).contains(
                "ALTER TABLE shop.orders RENAME TO purchase_orders;",
                "CREATE VIEW shop.orders AS SELECT * FROM shop.purchase_orders;", "DROP VIEW shop.orders;"));
    }

    @Test
    void truncateSaysWhatCascadeAddsAndSkipsNewTables() {
        var reported = new HandBuiltScript()
                .add("CREATE TABLE users_import ()", create(STAGING))
                .add("TRUNCATE users_import", new Statement.Truncate(List.of(STAGING), false))
                .add("TRUNCATE users CASCADE", new Statement.Truncate(List.of(USERS), true))
                .run(new Truncate());

        assertThat(reported).singleElement().satisfies(r -> {
            assertThat(r.statement()).isEqualTo(2);
            assertThat(r.message()).contains("\"users\"", "ACCESS EXCLUSIVE", "CASCADE also empties");
            assertThat(r.fix()).contains("TRUNCATE users;", "DELETE FROM users WHERE ctid = ANY(ARRAY(SELECT ctid FROM users LIMIT 1000));");
        });
    }
}
