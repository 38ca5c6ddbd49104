package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.schema.TableInfo;

/** {@code REFRESH MATERIALIZED VIEW} without {@code CONCURRENTLY} blocks reads of the view for the whole refresh. */
public final class RefreshMatviewConcurrently implements Rule {

    static final RuleMeta META = RuleMeta.builder("refresh-matview-concurrently")
            .title("Refresh materialized views concurrently")
            .category(Category.LOCKS)
            .severity(Severity.WARNING)
            .flags("`REFRESH MATERIALIZED VIEW` without `CONCURRENTLY` of a view that was not created earlier in the "
                    + "deployment. `WITH NO DATA` (which has no concurrent form) is not flagged, nor the first refresh of a "
                    + "view the migrations created `WITH NO DATA` (it cannot be read before, nor refreshed concurrently).")
            .why("A plain refresh runs the view's query and replaces its contents under an ACCESS EXCLUSIVE lock on the "
                    + "view: every read of the view waits until the query finishes.")
            .recipe("Refresh with `CONCURRENTLY`: it takes an EXCLUSIVE lock, so reads go on while it runs, and it may "
                    + "run inside a transaction. It needs a unique index on the view without a `WHERE` clause and "
                    + "covering all rows, and a view that is already populated:\n\n"
                    + "```sql\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS daily_sales_day_idx ON daily_sales (day);\n"
                    + "REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales;\n```")
            .kinds(Statement.RefreshMaterializedView.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.RefreshMaterializedView refresh = (Statement.RefreshMaterializedView) context.model();
        if (refresh.concurrently() || refresh.withNoData() || !context.catalog().isExisting(refresh.name())) {
            return;
        }
        // A view never populated cannot be read (nothing waits on it), nor refreshed CONCURRENTLY.
        if (context.catalog().table(refresh.name()).filter(TableInfo::unpopulated).isPresent()) {
            return;
        }
        context.report("REFRESH MATERIALIZED VIEW " + Describe.quoted(refresh.name()) + " takes "
                        + Describe.lockBlocking(LockMode.ACCESS_EXCLUSIVE, "on the view until its query finishes") + ".",
                StatementRewrite.insertAfter(context.statement().sql(), "VIEW", "CONCURRENTLY")
                        .orElse("REFRESH MATERIALIZED VIEW CONCURRENTLY " + refresh.name().sql()) + ";\n"
                        + "-- CONCURRENTLY takes an EXCLUSIVE lock (reads go on) and needs a unique index on "
                        + Describe.quoted(refresh.name()) + "\n-- without WHERE, covering all rows, and a populated view.");
    }
}
