package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.RuleSettings;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.MigrationVersion;
import io.github.migrationguard.source.ScriptKind;
import io.github.migrationguard.tx.ScriptTx;
import io.github.migrationguard.tx.TxPosition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FlywayMixedTransactionTest {

    private static final TxPosition AUTO = new TxPosition(TxPosition.Mode.AUTOCOMMIT, 1);

    private static HandBuiltScript mixedScript() {
        Statement index = new Statement.CreateIndex(Optional.of("orders_status_idx"), QualifiedName.of("orders"),
                false, true, false, false, List.of("status"), Optional.empty(), "btree");
        return new HandBuiltScript()
                .script(new MigrationScript("db/migration/V7__orders_status.sql", ScriptKind.VERSIONED,
                        Optional.of(MigrationVersion.parse("7")), "orders status", "", Optional.empty()))
                .add("ALTER TABLE orders ADD COLUMN status text", Statement.Other.of("ALTER TABLE"))
                .add("CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status)", index)
                .add("VACUUM orders", new Statement.Vacuum(false, false, List.of(QualifiedName.of("orders"))))
                .tx(new ScriptTx(false, "mixed", true, List.of(1, 2), List.of(AUTO, AUTO, AUTO)));
    }

    @Test
    void reportsOnceOnTheFirstNonTransactionalStatementNamingAllOfThem() {
        var reported = mixedScript().run(new FlywayMixedTransaction());

        assertThat(reported).singleElement().satisfies(r -> {
            assertThat(r.statement()).isEqualTo(1);
            assertThat(r.message()).contains("refuses", "line 2", "VACUUM orders` (line 3)");
            assertThat(r.fix()).contains("V7_1__orders_status_non_transactional.sql",
                    "CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nVACUUM orders;");
        });
    }

    @Test
    void withMixedTrueItWarnsOfAHalfAppliedMigrationInstead() {
        var reported = mixedScript()
                .settings(new RuleSettings(false, true, Set.of("tenant_id")))
                .run(new FlywayMixedTransaction());

        assertThat(reported).singleElement().satisfies(r -> assertThat(r.message())
                .contains("half applied").doesNotContain("refuses"));
    }

    @Test
    void aStatementFlywayDoesNotKnowIsMovedWithASettingButNotBlamedForTheRefusal() {
        Statement index = new Statement.CreateIndex(Optional.of("orders_status_idx"), QualifiedName.of("orders"),
                false, true, false, false, List.of("status"), Optional.empty(), "btree");
        var reported = new HandBuiltScript()
                .script(new MigrationScript("db/migration/V7__orders_status.sql", ScriptKind.VERSIONED,
                        Optional.of(MigrationVersion.parse("7")), "orders status", "", Optional.empty()))
                .add("ALTER TABLE orders ADD COLUMN status text", Statement.Other.of("ALTER TABLE"))
                .add("CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status)", index)
                .add("REINDEX INDEX CONCURRENTLY orders_pkey", new Statement.Reindex(Statement.Reindex.Target.INDEX,
                        Optional.of(QualifiedName.of("orders_pkey")), true))
                .tx(new ScriptTx(false, "mixed", true, List.of(1, 2), List.of(AUTO, AUTO, AUTO)))
                .run(new FlywayMixedTransaction());

        assertThat(reported).singleElement().satisfies(r -> {
            assertThat(r.message()).contains("CREATE INDEX CONCURRENTLY").doesNotContain("REINDEX");
            assertThat(r.fix()).contains("V7_1__orders_status_non_transactional.sql.conf with executeInTransaction=false",
                    "CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nREINDEX INDEX CONCURRENTLY orders_pkey;");
        });
    }

    @Test
    void aScriptThatDoesNotMixIsFine() {
        var reported = new HandBuiltScript()
                .add("VACUUM orders", new Statement.Vacuum(false, false, List.of(QualifiedName.of("orders"))))
                .tx(new ScriptTx(false, "all outside", false, List.of(0), List.of(AUTO)))
                .run(new FlywayMixedTransaction());

        assertThat(reported).isEmpty();
    }
}
