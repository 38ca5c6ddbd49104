package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.schema.ObjectNames;

import java.util.Optional;

/**
 * PostgreSQL 14.0 to 14.3 can build a corrupt index with {@code CREATE INDEX CONCURRENTLY} or
 * {@code REINDEX CONCURRENTLY} (rows changed during the build may be missing from it), fixed in 14.4.
 */
public final class Pg14ConcurrentIndexBug implements Rule {

    static final RuleMeta META = RuleMeta.builder("pg14-concurrent-index-bug")
            .title("Concurrent index build on PostgreSQL 14.0–14.3")
            .category(Category.LOCKS)
            .severity(Severity.WARNING)
            .flags("`CREATE INDEX CONCURRENTLY` and `REINDEX … CONCURRENTLY` when the target version is 14.0, 14.1, "
                    + "14.2 or 14.3 (configure the minor version, e.g. `14.2`, for this rule to apply), on a table or index "
                    + "that is not new in the deployment (no row of a new table changes during the build).")
            .why("A bug in PostgreSQL 14.0–14.3 can leave an index built or rebuilt concurrently silently missing "
                    + "entries for rows changed while it was being built: queries that use it return wrong results, and "
                    + "unique indexes may let duplicates in. It was fixed in 14.4, which does not repair indexes "
                    + "already built.")
            .recipe("Upgrade the server to 14.4 or later before building indexes concurrently. After the upgrade, rebuild "
                    + "every index that was built or rebuilt concurrently on 14.0–14.3 (the `amcheck` extension's "
                    + "`bt_index_check(index, true)` finds the damaged ones):\n\n"
                    + "```sql\nREINDEX INDEX CONCURRENTLY orders_customer_id_idx;\n```")
            .kinds(Statement.CreateIndex.class, Statement.Reindex.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        PgVersion version = context.pgVersion();
        if (version.major() != 14 || version.minor() > 3) {
            return;
        }
        Statement model = context.model();
        // On a table new in the deployment no row changes during the build: nothing to miss.
        if (model instanceof Statement.CreateIndex i && i.concurrently() && context.catalog().isExisting(i.table())) {
            String name = i.name().orElseGet(() -> ObjectNames.index(i.table().name(),
                    i.columns().stream().map(ObjectNames::indexKey).toList()));
            report(context, "CREATE INDEX CONCURRENTLY", Optional.of(new QualifiedName(i.table().schema(), name)),
                    "INDEX");
        } else if (model instanceof Statement.Reindex r && r.concurrently() && !newlyCreated(context, r)) {
            report(context, "REINDEX " + r.target().name() + " CONCURRENTLY", r.name(), r.target().name());
        }
    }

    private static boolean newlyCreated(RuleContext context, Statement.Reindex reindex) {
        return reindex.name().filter(n -> reindex.target() == Statement.Reindex.Target.INDEX
                ? EarlierStatements.createdIndex(context, n)
                : reindex.target() == Statement.Reindex.Target.TABLE && context.catalog().isNew(n)).isPresent();
    }

    private static void report(RuleContext context, String what, Optional<QualifiedName> name, String target) {
        String rebuild = name.map(n -> "REINDEX " + target + " CONCURRENTLY " + n.sql() + ";")
                .orElse("REINDEX INDEX CONCURRENTLY <the index PostgreSQL named>;");
        context.report(what + " on PostgreSQL " + context.pgVersion() + " can build a silently corrupt index (rows "
                        + "changed during the build may be missing from it, and a unique index may let duplicates "
                        + "in): a bug of 14.0–14.3, fixed in 14.4.",
                "-- Upgrade the server to 14.4 or later before running this migration. If it already ran on 14.0–14.3,\n"
                        + "-- rebuild after the upgrade (amcheck's bt_index_check(index, true) finds damaged indexes):\n"
                        + rebuild);
    }
}
