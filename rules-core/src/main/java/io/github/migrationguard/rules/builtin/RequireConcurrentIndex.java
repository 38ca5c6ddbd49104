package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

/** {@code CREATE INDEX} without {@code CONCURRENTLY} blocks writes to an existing table for the whole build. */
public final class RequireConcurrentIndex implements Rule {

    static final RuleMeta META = RuleMeta.builder("require-concurrent-index")
            .title("Create indexes concurrently on existing tables")
            .category(Category.LOCKS)
            .severity(Severity.ERROR)
            .flags("`CREATE [UNIQUE] INDEX` without `CONCURRENTLY` on an existing table. "
                    + "`CREATE INDEX … ON ONLY parent` (the first step of the partitioned-table recipe) is not flagged.")
            .why("A plain `CREATE INDEX` takes a SHARE lock on the table for the whole build: reads go on, but every "
                    + "INSERT, UPDATE and DELETE waits until the index is complete, minutes or hours on a large table.")
            .recipe("Build the index with `CONCURRENTLY` (SHARE UPDATE EXCLUSIVE: reads and writes go on) in a migration "
                    + "of its own that runs outside a transaction. Flyway runs a migration that holds only "
                    + "`CREATE INDEX CONCURRENTLY` statements outside a transaction by itself; set its "
                    + "`postgresql.transactional.lock=false`, or the build waits forever for Flyway's own lock:\n\n"
                    + "```sql\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);\n```\n\n"
                    + "If the build fails it leaves an INVALID index: drop it with `DROP INDEX CONCURRENTLY IF EXISTS` "
                    + "and retry.\n\n"
                    + "A partitioned table refuses `CONCURRENTLY`. Create the index on the parent only (no build), "
                    + "build it concurrently on each partition, then attach each one:\n\n"
                    + "```sql\nCREATE INDEX orders_customer_id_idx ON ONLY orders (customer_id);\n"
                    + "CREATE INDEX CONCURRENTLY orders_2025_customer_id_idx ON orders_2025 (customer_id);\n"
                    + "ALTER INDEX orders_customer_id_idx ATTACH PARTITION orders_2025_customer_id_idx;\n```")
            .kinds(Statement.CreateIndex.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.CreateIndex index = (Statement.CreateIndex) context.model();
        // ON ONLY builds nothing: it is the first step of the partitioned recipe.
        if (index.concurrently() || index.only() || !context.catalog().isExisting(index.table())) {
            return;
        }
        String table = Describe.quoted(index.table());
        context.report((index.unique() ? "CREATE UNIQUE INDEX" : "CREATE INDEX") + " on existing table " + table
                        + " holds " + Describe.lockBlocking(LockMode.SHARE, "for the whole index build") + ".",
                concurrently(context, index) + ";\n" + Describe.outsideTransaction(context, concurrently(context, index)) + "\n"
                        + "-- If " + table + " is partitioned it refuses CONCURRENTLY: create the index ON ONLY "
                        + index.table().sql() + ",\n-- build it CONCURRENTLY on each partition, then ALTER INDEX … "
                        + "ATTACH PARTITION each one.");
    }

    private static String concurrently(RuleContext context, Statement.CreateIndex index) {
        return StatementRewrite.insertAfter(context.statement().sql(), "INDEX", "CONCURRENTLY")
                .orElseGet(() -> "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY "
                        + (index.ifNotExists() ? "IF NOT EXISTS " : "") + index.name().map(n -> n + " ").orElse("")
                        + "ON " + index.table().sql() + " USING " + index.method()
                        + " (" + String.join(", ", index.columns()) + ")"
                        + index.where().map(w -> " WHERE " + w).orElse(""));
    }
}
