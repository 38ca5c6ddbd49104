package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.schema.TableInfo;

import java.util.List;

/**
 * Statements whose whole point is a full rewrite under ACCESS EXCLUSIVE ({@code CLUSTER}, {@code VACUUM FULL},
 * {@code SET TABLESPACE}, {@code SET LOGGED/UNLOGGED}, {@code SET ACCESS METHOD}) or an explicit strong
 * {@code LOCK TABLE} held to the end of the transaction.
 */
public final class RewriteOrFullLock implements Rule {

    static final RuleMeta META = RuleMeta.builder("rewrite-or-full-lock")
            .title("Table rewrite or explicit strong lock")
            .category(Category.LOCKS)
            .severity(Severity.ERROR)
            .flags("On an existing table: `CLUSTER` (and `CLUSTER` with no table, which reclusters every clustered "
                    + "table), `VACUUM FULL`, `ALTER TABLE … SET TABLESPACE`, `SET LOGGED`, `SET UNLOGGED`, "
                    + "`SET ACCESS METHOD`, and `LOCK TABLE` in SHARE mode or stronger (ACCESS EXCLUSIVE when no mode "
                    + "is written). `SET TABLESPACE` on a partitioned table moves nothing (it only sets the tablespace of "
                    + "future partitions) and is not flagged.")
            .why("`CLUSTER`, `VACUUM FULL` and those `ALTER TABLE` forms copy the whole table and rebuild all its indexes "
                    + "while holding an ACCESS EXCLUSIVE lock: every read and write waits for the whole copy. An explicit "
                    + "`LOCK TABLE` holds its lock until the transaction ends, blocking whatever the mode conflicts with "
                    + "for as long as the rest of the migration runs.")
            .recipe("Rewrite online with an extension such as `pg_repack` (it copies the table in the background and "
                    + "takes ACCESS EXCLUSIVE only briefly to swap), outside the migration:\n\n"
                    + "```shell\npg_repack --table=orders --order-by=created_at   # instead of CLUSTER\n"
                    + "pg_repack --table=orders                         # instead of VACUUM FULL\n"
                    + "pg_repack --table=orders --tablespace=fast       # instead of SET TABLESPACE\n```\n\n"
                    + "A plain `VACUUM` (no lock on reads or writes) makes dead space reusable without returning it to "
                    + "the operating system. `SET LOGGED/UNLOGGED` and `SET ACCESS METHOD` have no online form: run them "
                    + "at a quiet time with a short `lock_timeout`. Instead of `LOCK TABLE`, rely on the locks the "
                    + "statements take themselves, or take the weakest mode that protects what you need, with a "
                    + "`lock_timeout`, in a short transaction.")
            .kinds(Statement.Cluster.class, Statement.Vacuum.class, Statement.AlterTable.class, Statement.LockTable.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement model = context.model();
        if (model instanceof Statement.Cluster c) {
            cluster(context, c);
        } else if (model instanceof Statement.Vacuum v && v.full()) {
            vacuumFull(context, v);
        } else if (model instanceof Statement.AlterTable a && context.catalog().isExisting(a.table())) {
            for (AlterAction action : a.actions()) {
                if (action instanceof AlterAction.Other o && o.rewrites() && !(o.keywords().equals("SET TABLESPACE")
                        && context.catalog().table(a.table()).filter(TableInfo::isPartitioned).isPresent())) {
                    alterTable(context, a.table(), o.keywords());
                    return;
                }
            }
        } else if (model instanceof Statement.LockTable l && l.mode().isStrong()) {
            lockTable(context, l);
        }
    }

    private static void cluster(RuleContext context, Statement.Cluster cluster) {
        if (cluster.table().isEmpty()) {
            context.report("CLUSTER with no table rewrites every table clustered before, each under "
                            + rewriteLock() + ".",
                    "-- Recluster online, table by table, with pg_repack outside the migration:\n"
                            + "-- pg_repack --table=<table> --order-by=<index columns>");
            return;
        }
        QualifiedName table = cluster.table().get();
        if (!context.catalog().isExisting(table)) {
            return;
        }
        context.report("CLUSTER " + Describe.quoted(table) + " rewrites the table and all its indexes in index order "
                        + "under " + rewriteLock() + ".",
                "-- Reorder it online with pg_repack outside the migration (ACCESS EXCLUSIVE only briefly, to swap):\n"
                        + "-- pg_repack --table=" + table.sql() + " --order-by=<index columns>\n"
                        + "-- or drop the statement: PostgreSQL does not keep new rows in that order anyway.");
    }

    private static void vacuumFull(RuleContext context, Statement.Vacuum vacuum) {
        List<QualifiedName> tables = vacuum.tables().stream().filter(t -> context.catalog().isExisting(t)).toList();
        if (!vacuum.tables().isEmpty() && tables.isEmpty()) {
            return;
        }
        String what = tables.isEmpty() ? "every table of the database" : Describe.quoted(tables);
        String names = tables.isEmpty() ? "" : " " + String.join(", ", tables.stream().map(QualifiedName::sql).toList());
        context.report("VACUUM FULL rewrites " + what + " and all indexes under " + rewriteLock() + ".",
                "VACUUM (ANALYZE)" + names + ";\n"
                        + "-- plain VACUUM makes dead space reusable without blocking reads or writes; to return it to "
                        + "the operating system,\n-- use pg_repack outside the migration: pg_repack"
                        + (tables.isEmpty() ? "" : " --table=" + tables.get(0).sql()));
    }

    private static void alterTable(RuleContext context, QualifiedName table, String keywords) {
        String fix = keywords.equals("SET TABLESPACE")
                ? "-- Move it online with pg_repack outside the migration:\n-- pg_repack --table=" + table.sql()
                + " --tablespace=<tablespace>"
                : "-- " + keywords + " has no online form: run it at a quiet time, giving up rather than queueing "
                + "everything behind it:\nSET lock_timeout = '5s';\n" + StatementRewrite.text(context.statement()) + ";";
        context.report("ALTER TABLE … " + keywords + " on existing table " + Describe.quoted(table)
                        + " rewrites the table and all its indexes under " + rewriteLock() + ".", fix);
    }

    private static void lockTable(RuleContext context, Statement.LockTable lock) {
        List<QualifiedName> tables = lock.tables().stream().filter(t -> context.catalog().isExisting(t)).toList();
        if (tables.isEmpty()) {
            return;
        }
        context.report("LOCK TABLE " + Describe.quoted(tables) + " takes "
                        + Describe.lockBlocking(lock.mode(), "held until the transaction ends") + ".",
                "-- Drop the explicit lock and rely on the locks the statements take themselves. If you need it,\n"
                        + "-- take the weakest mode that protects what you need, with a timeout, in a short transaction:\n"
                        + "SET LOCAL lock_timeout = '5s';\n" + StatementRewrite.text(context.statement()) + ";");
    }

    private static String rewriteLock() {
        return Describe.lockBlocking(LockMode.ACCESS_EXCLUSIVE, "held until the rewrite finishes");
    }
}
