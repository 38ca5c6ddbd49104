package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

/** An UPDATE of an existing table whose WHERE does not bound the rows: one long transaction over the table. */
public final class UnbatchedUpdate implements Rule {

    static final RuleMeta META = RuleMeta.builder("unbatched-update")
            .title("UPDATE of an existing table without a bound on the rows")
            .category(Category.DATA_CHANGES)
            .severity(Severity.ERROR)
            .flags("`UPDATE` of an existing table with no `WHERE`, or with a `WHERE` that does not bound the rows by the "
                    + "table's key (e.g. `WHERE status = 'new'`, `WHERE col IS NULL`, or `c.id = 42` on a joined table). "
                    + "Bounded means a key range (`id BETWEEN 1 AND 1000`, `id >= 1 AND id < 1001`), a key list "
                    + "(`id IN (1, 2, 3)`), keys picked with a `LIMIT` (`id IN (SELECT id … LIMIT n)`, "
                    + "`ctid = ANY(ARRAY(SELECT ctid … LIMIT n))`, or `t.id = batch.id` against a CTE or derived table "
                    + "with `LIMIT`), or each column of a composite key pinned. The keys are the table's primary and "
                    + "unique keys as the migrations define them; for a table they do not show, a column named `id`, "
                    + "`ctid`, `uuid`, or ending in `_id`/`Id`. Statements in `DO` blocks, in function and procedure "
                    + "bodies and in data-modifying `WITH` queries are checked too, their variables and parameters counting as values (`id >= batch_start "
                    + "AND id < batch_start + 1000`), except trigger functions, which run in the application's "
                    + "statements; tables created earlier in the same migration are not.")
            .why("The whole update runs as one transaction. Every updated row stays locked until it commits, so the "
                    + "application's writes to those rows wait; the table keeps its ROW EXCLUSIVE lock, which blocks index "
                    + "builds and schema changes; each updated row leaves a dead version behind (bloat) and is written to "
                    + "the WAL, so disk use and replica lag spike with the table's size; and a failure near the end rolls "
                    + "everything back.")
            .recipe("Update in key ranges outside the migration's transaction, committing after each batch. From "
                    + "PostgreSQL 11 a `DO` block can commit between batches when it runs outside a transaction block "
                    + "(Flyway: a migration of its own with `executeInTransaction=false` in its `.conf`):\n\n"
                    + "```sql\nDO $$\nDECLARE\n  batch_start bigint := (SELECT min(id) FROM orders);\n"
                    + "  last_id bigint := (SELECT max(id) FROM orders);\nBEGIN\n  WHILE batch_start <= last_id LOOP\n"
                    + "    UPDATE orders SET status = 'archived'\n    WHERE id >= batch_start AND id < batch_start + 1000\n"
                    + "      AND (status = 'done');\n    batch_start := batch_start + 1000;\n    COMMIT;\n  END LOOP;\nEND $$;\n```\n\n"
                    + "A uuid or text key has no ranges (and uuid no `min`/`max`): walk it in order instead, each batch "
                    + "ending at the 1000th key from where the last one ended (the fix does this for such a key):\n\n"
                    + "```sql\nDO $$\nDECLARE\n  batch_start jobs.uuid%TYPE := (SELECT uuid FROM jobs ORDER BY uuid LIMIT 1);\n"
                    + "  batch_end jobs.uuid%TYPE;\nBEGIN\n  WHILE batch_start IS NOT NULL LOOP\n"
                    + "    batch_end := (SELECT uuid FROM (SELECT uuid FROM jobs WHERE uuid >= batch_start ORDER BY uuid "
                    + "LIMIT 1000) AS batch ORDER BY uuid DESC LIMIT 1);\n"
                    + "    UPDATE jobs SET state = 'queued'\n    WHERE uuid >= batch_start AND uuid <= batch_end\n"
                    + "      AND (state IS NULL);\n    COMMIT;\n"
                    + "    batch_start := (SELECT uuid FROM jobs WHERE uuid > batch_end ORDER BY uuid LIMIT 1);\n"
                    + "  END LOOP;\nEND $$;\n```\n\n"
                    + "PostgreSQL 10 cannot commit inside `DO`: run one statement per key range from a script or job, each "
                    + "in its own transaction:\n\n"
                    + "```sql\nUPDATE orders SET status = 'archived' WHERE id >= 1 AND id < 1001 AND (status = 'done');\n"
                    + "UPDATE orders SET status = 'archived' WHERE id >= 1001 AND id < 2001 AND (status = 'done');\n-- …\n```\n\n"
                    + "For large backfills a batch job in the application (or a tool such as pg_cron) that can pause, resume "
                    + "and throttle is better still.")
            .kinds(Statement.Update.class)
            .inRoutineBodies()
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.Update update = (Statement.Update) context.model();
        // UPDATE … LIMIT fails outright: update-with-limit reports it
        if (update.limited() || !UnboundedChange.of(context, update.table(), update.table(), update.where())) {
            return;
        }
        String rows = update.where().isPresent()
                ? "with a WHERE that does not bound the rows by key changes every row that matches it"
                : "with no WHERE changes every row";
        context.report("UPDATE of existing table " + Describe.quoted(update.table()) + " " + rows
                        + StatementText.inRoutine(context.statement()) + " in one transaction: each updated row stays locked until it commits "
                        + "(the application's writes to them wait); the table's " + LockMode.ROW_EXCLUSIVE.sqlName()
                        + " lock blocks " + LockMode.ROW_EXCLUSIVE.blocks() + "; WAL, bloat and replica lag grow "
                        + "with the table.",
                BatchedRewrite.update(context.statement().sql(), update,
                        TableKey.of(context.catalog(), update.table()), context.pgVersion(), context.script().runner(),
                        WithQueryContainer.of(context)));
    }
}
