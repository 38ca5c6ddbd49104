package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.schema.Catalog;
import io.github.migrationguard.sql.SqlStatement;

import java.util.List;
import java.util.stream.Collectors;

/** {@code TRUNCATE} of a table that may hold data; with {@code CASCADE} also of tables it does not name. */
public final class Truncate implements Rule {

    static final RuleMeta META = RuleMeta.builder("truncate")
            .title("TRUNCATE of an existing table")
            .category(Category.COMPATIBILITY)
            .severity(Severity.ERROR)
            .flags("`TRUNCATE` of a table that was not created earlier in the same migration; the message says so when "
                    + "`CASCADE` empties further tables.")
            .why("Every row is gone for good: only a backup brings them back. It takes an ACCESS EXCLUSIVE lock, so every "
                    + "read and write of the table queues behind it while it waits for running queries and until the "
                    + "migration commits. With `CASCADE` it also empties every table with a foreign key to it, and the "
                    + "tables referencing those, none of them named in the statement.")
            .recipe("If the rows are truly disposable (a cache, a staging table), keep the statement, name every table "
                    + "instead of `CASCADE`, and suppress the finding with the reason:\n\n"
                    + "```sql\n-- migration-guard:ignore truncate -- rebuilt from the events table by the nightly job\n"
                    + "TRUNCATE report_cache;\n```\n\n"
                    + "To remove rows from a table in use, delete in batches instead, which locks only the rows it "
                    + "deletes (see `unbatched-delete`):\n\n"
                    + "```sql\nDELETE FROM report_cache WHERE id IN (SELECT id FROM report_cache LIMIT 1000);  -- until 0 rows\n```")
            .kinds(Statement.Truncate.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.Truncate truncate = (Statement.Truncate) context.model();
        List<QualifiedName> existing = truncate.tables().stream().filter(context.catalog()::isExisting).toList();
        if (existing.isEmpty()) {
            return;
        }
        LockMode lock = LockMode.ACCESS_EXCLUSIVE;
        context.report("TRUNCATE of existing table" + StatementText.plural(existing) + " " + Describe.quoted(existing)
                        + " deletes every row for good (data loss) under an " + lock.sqlName() + " lock, which blocks "
                        + lock.blocks() + " until the migration commits"
                        + (truncate.cascade()
                        ? "; CASCADE also empties every table that references " + (existing.size() > 1 ? "them" : "it")
                        + " through a foreign key, and theirs in turn, without naming them."
                        : "."),
                fix(context.catalog(), context.statement().sql(), truncate, existing));
    }

    private static String fix(Catalog catalog, SqlStatement sql, Statement.Truncate truncate,
                              List<QualifiedName> existing) {
        String keep = truncate.cascade()
                ? "-- If the rows are disposable, name every table instead of CASCADE (add each table that references "
                + Describe.quoted(existing) + ") and suppress with the reason:\n"
                + "-- migration-guard:ignore truncate -- <why these rows can go>\n" + withoutCascade(sql) + ";\n"
                : "-- If the rows are disposable, keep it and suppress with the reason:\n"
                + "-- migration-guard:ignore truncate -- <why these rows can go>\n" + sql.text().strip() + ";\n";
        return keep
                + "-- Otherwise delete in batches, locking only the rows deleted (repeat until 0 rows)"
                + (StatementText.findTopLevel(sql, 0, "RESTART") >= 0
                ? "; DELETE restarts no sequence, so\n-- reset the identity or serial sequences after the last batch if "
                + "the new rows must start again from 1"
                : "") + ":\n"
                + existing.stream().map(t -> deleteBatch(catalog, t)).collect(Collectors.joining("\n"));
    }

    /**
     * One batch of deletes by the table's key; by {@code ctid} when the catalog knows no key, which is safe here
     * since every row goes anyway.
     */
    private static String deleteBatch(Catalog catalog, QualifiedName table) {
        String t = table.sql();
        return TableKey.of(catalog, table).map(k -> "DELETE FROM " + t + " WHERE " + k.sql() + " IN (SELECT " + k.sql()
                        + " FROM " + t + " LIMIT " + BatchedRewrite.BATCH_SIZE + ");")
                .orElse("DELETE FROM " + t + " WHERE ctid = ANY(ARRAY(SELECT ctid FROM " + t + " LIMIT "
                        + BatchedRewrite.BATCH_SIZE + "));");
    }

    /** The statement as written, minus its trailing {@code CASCADE}. */
    private static String withoutCascade(SqlStatement sql) {
        int cascade = StatementText.findTopLevel(sql, 0, "CASCADE");
        return cascade < 0 ? sql.text().strip() : StatementText.slice(sql, 0, cascade);
    }
}
