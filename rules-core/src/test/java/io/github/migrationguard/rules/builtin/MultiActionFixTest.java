package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.source.MigrationScript;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One {@code ALTER TABLE} with several actions that the same rule flags: one finding, and a fix that replaces
 * every one of them (a fix that kept the second as written would bring the problem back), with backfills that
 * are valid SQL whatever the catalog knows of the table's key.
 */
class MultiActionFixTest {

    private static List<Finding> lint(String ruleId, String... scripts) {
        List<MigrationScript> list = new java.util.ArrayList<>();
        for (int i = 0; i < scripts.length; i++) {
            list.add(MigrationScript.plain("V" + (i + 1) + "__m.sql", scripts[i]));
        }
        return new Engine(EngineConfig.defaults()).lint(list, List.of())
                .findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void everyCheckOfTheStatementBecomesNotValidAndIsValidatedLater() {
        List<Finding> found = lint("add-check-constraint",
                "ALTER TABLE orders ADD CONSTRAINT a CHECK (x > 0), ADD CONSTRAINT b CHECK (y > 0);");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("ADD of 2 CHECK constraints on existing table \"orders\"");
            assertThat(f.fix()).isEqualTo("""
                    ALTER TABLE orders ADD CONSTRAINT a CHECK (x > 0) NOT VALID, ADD CONSTRAINT b CHECK (y > 0) NOT VALID;
                    -- in a later transaction (SHARE UPDATE EXCLUSIVE: reads and writes go on):
                    ALTER TABLE orders VALIDATE CONSTRAINT a;
                    ALTER TABLE orders VALIDATE CONSTRAINT b;""");
        });
    }

    @Test
    void unnamedForeignKeysAreNamedInOrder() {
        List<Finding> found = lint("add-foreign-key", "ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES "
                + "customers (id), ADD FOREIGN KEY (depot_id) REFERENCES depots (id) ON DELETE SET NULL;");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("\"customers\", \"depots\"");
            assertThat(f.fix()).startsWith("ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY "
                            + "(customer_id) REFERENCES customers (id) NOT VALID, ADD CONSTRAINT orders_depot_id_fkey "
                            + "FOREIGN KEY (depot_id) REFERENCES depots (id) ON DELETE SET NULL NOT VALID;")
                    .contains("VALIDATE CONSTRAINT orders_customer_id_fkey;", "VALIDATE CONSTRAINT orders_depot_id_fkey;");
        });
    }

    @Test
    void bothSetNotNullsGetTheRecipeAndNoneIsKeptAsWritten() {
        List<Finding> found = lint("set-not-null",
                "ALTER TABLE orders ALTER COLUMN a SET NOT NULL, ALTER COLUMN b SET NOT NULL;");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("1 more action like it");
            assertThat(f.fix()).contains("ADD CONSTRAINT orders_a_not_null NOT NULL a NOT VALID",
                    "ADD CONSTRAINT orders_b_not_null NOT NULL b NOT VALID").doesNotContain("ALTER COLUMN");
        });
    }

    @Test
    void otherActionsAreKeptOnceAndBothNotNullColumnsAreReplaced() {
        List<Finding> found = lint("add-not-null-column-without-default",
                "ALTER TABLE orders ADD COLUMN p text NOT NULL, ADD COLUMN note text, ADD COLUMN q text NOT NULL;");

        assertThat(found).singleElement().satisfies(f -> assertThat(f.fix())
                .startsWith("-- The statement's other actions, as written:\nALTER TABLE orders ADD COLUMN note text;\n")
                .contains("ADD COLUMN p text NOT NULL DEFAULT <value>", "ADD COLUMN q text NOT NULL DEFAULT <value>"));
    }

    @Test
    void backfillWalksTheKnownKeyOrCtidNeverAMadeUpColumn() {
        List<Finding> keyed = lint("volatile-default",
                "CREATE TABLE orders (order_no bigint PRIMARY KEY);",
                "ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();");
        List<Finding> unknown = lint("volatile-default", "ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();");

        assertThat(keyed).singleElement().satisfies(f -> assertThat(f.fix())
                .contains("UPDATE orders SET token = gen_random_uuid() WHERE order_no >= 1 AND order_no < 1001 AND "
                        + "token IS NULL;"));
        assertThat(unknown).singleElement().satisfies(f -> assertThat(f.fix())
                .contains("UPDATE orders SET token = gen_random_uuid() WHERE ctid = ANY (ARRAY(SELECT ctid FROM orders "
                        + "WHERE token IS NULL LIMIT 1000));")
                .doesNotContain("<primary key>"));
    }
}
