package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

import java.util.List;
import java.util.stream.Collectors;

/** {@code DROP INDEX} without {@code CONCURRENTLY} takes ACCESS EXCLUSIVE on the index's table. */
public final class RequireConcurrentIndexDrop implements Rule {

    static final RuleMeta META = RuleMeta.builder("require-concurrent-index-drop")
            .title("Drop indexes concurrently")
            .category(Category.LOCKS)
            .severity(Severity.ERROR)
            .flags("`DROP INDEX` without `CONCURRENTLY` of an existing index: one created earlier in the migration, or "
                    + "on a table created earlier in the deployment, is not flagged.")
            .why("A plain `DROP INDEX` takes an ACCESS EXCLUSIVE lock on the index's table: every read and write of the "
                    + "table waits, and if the drop itself waits behind a long query, everything queues behind it.")
            .recipe("Drop it with `CONCURRENTLY` (SHARE UPDATE EXCLUSIVE: reads and writes go on), one index per "
                    + "statement and without `CASCADE`, in a migration that runs outside a transaction (Flyway runs a "
                    + "migration that holds only such statements outside a transaction by itself):\n\n"
                    + "```sql\nDROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;\n```")
            .kinds(Statement.DropIndex.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.DropIndex drop = (Statement.DropIndex) context.model();
        if (drop.concurrently()) {
            return;
        }
        List<QualifiedName> existing = drop.names().stream()
                .filter(n -> !EarlierStatements.createdIndex(context, n))
                .toList();
        if (existing.isEmpty()) {
            return;
        }
        String names = existing.stream().map(Describe::quoted).collect(Collectors.joining(", "));
        String fix = existing.stream()
                .map(n -> "DROP INDEX CONCURRENTLY IF EXISTS " + n.sql() + ";")
                .collect(Collectors.joining("\n", "", "\n"));
        context.report("DROP INDEX " + names + " takes " + Describe.lockBlocking(LockMode.ACCESS_EXCLUSIVE,
                        existing.size() == 1 ? "on the index's table until the transaction ends"
                                : "on each index's table until the transaction ends") + "; while it waits for that lock, every "
                        + "other query on the table queues behind it.",
                fix + (drop.cascade() ? "-- CONCURRENTLY does not allow CASCADE: drop the dependent objects first.\n" : "")
                        + Describe.outsideTransaction(context, "DROP INDEX CONCURRENTLY IF EXISTS " + existing.get(0).sql()));
    }
}
