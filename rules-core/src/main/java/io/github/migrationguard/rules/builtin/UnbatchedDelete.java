package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

/** A DELETE from an existing table whose WHERE does not bound the rows: one long transaction over the table. */
public final class UnbatchedDelete implements Rule {

    static final RuleMeta META = RuleMeta.builder("unbatched-delete")
            .title("DELETE from an existing table without a bound on the rows")
            .category(Category.DATA_CHANGES)
            .severity(Severity.ERROR)
            .flags("`DELETE` from an existing table with no `WHERE`, or with a `WHERE` that does not bound the rows by the "
                    + "table's key (e.g. `WHERE created_at < '2020-01-01'`, `WHERE archived IS NULL`). Bounded means what "
                    + "it means for `unbatched-update`: a key range, a key list, keys picked with a `LIMIT` "
                    + "(`id IN (SELECT id … LIMIT n)`, `ctid = ANY(ARRAY(SELECT ctid … LIMIT n))`, `USING` a CTE or "
                    + "derived table with `LIMIT` joined on the key), or each column of a composite key pinned. "
                    + "Statements in `DO` blocks, in function and procedure bodies and in data-modifying `WITH` queries "
                    + "(`WITH moved AS (DELETE … RETURNING *) INSERT …`) are checked too, their variables "
                    + "and parameters counting as values, except trigger functions, which run in the application's "
                    + "statements; tables created earlier in the same migration are not.")
            .why("The whole delete runs as one transaction. Every deleted row stays locked until it commits, so the "
                    + "application's writes to those rows wait; the table keeps its ROW EXCLUSIVE lock, which blocks index "
                    + "builds and schema changes; every deleted row is written to the WAL and left as a dead row for "
                    + "VACUUM, so disk use and replica lag spike with the table's size; and a failure near the end rolls "
                    + "everything back.")
            .recipe("Delete a bounded batch at a time, committing after each, outside the migration's transaction. From "
                    + "PostgreSQL 11 a `DO` block can commit between batches when it runs outside a transaction block "
                    + "(Flyway: a migration of its own with `executeInTransaction=false` in its `.conf`):\n\n"
                    + "```sql\nDO $$\nDECLARE\n  deleted integer;\nBEGIN\n  LOOP\n    DELETE FROM audit_log\n"
                    + "    WHERE id IN (SELECT id FROM audit_log WHERE created_at < '2020-01-01' LIMIT 1000);\n"
                    + "    GET DIAGNOSTICS deleted = ROW_COUNT;\n    EXIT WHEN deleted = 0;\n    COMMIT;\n  END LOOP;\nEND $$;\n```\n\n"
                    + "PostgreSQL 10 cannot commit inside `DO`: repeat the bounded statement from a script or job until it "
                    + "deletes 0 rows:\n\n"
                    + "```sql\nDELETE FROM audit_log\nWHERE id IN (SELECT id FROM audit_log WHERE created_at < '2020-01-01' LIMIT 1000);\n```\n\n"
                    + "To empty a table that nothing uses any more, `TRUNCATE` is instant but takes ACCESS EXCLUSIVE "
                    + "(see `truncate`).")
            .kinds(Statement.Delete.class)
            .inRoutineBodies()
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.Delete delete = (Statement.Delete) context.model();
        // DELETE … LIMIT fails outright: update-with-limit reports it
        if (delete.limited() || !UnboundedChange.of(context, delete.table(), delete.table(), delete.where())) {
            return;
        }
        String rows = delete.where().isPresent()
                ? "with a WHERE that does not bound the rows by key deletes every row that matches it"
                : "with no WHERE deletes every row";
        context.report("DELETE from existing table " + Describe.quoted(delete.table()) + " " + rows
                        + StatementText.inRoutine(context.statement()) + " in one transaction: each deleted row stays locked until "
                        + "it commits (the application's writes to them wait); the table's "
                        + LockMode.ROW_EXCLUSIVE.sqlName() + " lock blocks " + LockMode.ROW_EXCLUSIVE.blocks()
                        + "; WAL, dead rows and replica lag grow with the table.",
                BatchedRewrite.delete(context.statement().sql(), delete,
                        TableKey.of(context.catalog(), delete.table()), context.pgVersion(), context.script().runner(),
                        WithQueryContainer.of(context)));
    }
}
