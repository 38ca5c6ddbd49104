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

import java.util.Optional;

/** {@code DETACH PARTITION} without {@code CONCURRENTLY} (PostgreSQL 14+) blocks the whole partitioned table. */
public final class DetachPartitionConcurrently implements Rule {

    static final RuleMeta META = RuleMeta.builder("detach-partition-concurrently")
            .title("Detach partitions concurrently")
            .category(Category.LOCKS)
            .severity(Severity.WARNING)
            .flags("`ALTER TABLE … DETACH PARTITION` without `CONCURRENTLY` on an existing partitioned table when the "
                    + "target is PostgreSQL 14 or later. Before 14 there is no concurrent form: a plain detach is not flagged, and "
                    + "`DETACH PARTITION … CONCURRENTLY` or `FINALIZE` is, since it fails there with a syntax error.")
            .why("A plain detach takes an ACCESS EXCLUSIVE lock on the partitioned table and on the partition: every "
                    + "read and write of any partition waits, and while the detach waits for its lock behind a long "
                    + "query, everything else queues behind it.")
            .recipe("PostgreSQL 14 and later: detach with `CONCURRENTLY`. It takes SHARE UPDATE EXCLUSIVE on both tables "
                    + "(reads and writes go on), then waits for running queries and takes ACCESS EXCLUSIVE on the "
                    + "partition only. It cannot run in a transaction (Flyway: `executeInTransaction=false` in the "
                    + "script's `.conf` file, since Flyway does not know this by itself) and is refused when the "
                    + "table has a DEFAULT partition:\n\n"
                    + "```sql\nALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;\n```\n\n"
                    + "If it is interrupted, complete it with "
                    + "`ALTER TABLE measurements DETACH PARTITION measurements_2023 FINALIZE;`.")
            .kinds(Statement.AlterTable.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable alter = (Statement.AlterTable) context.model();
        if (!context.pgVersion().atLeast(14)) {
            alter.actions().stream()
                    .filter(a -> a instanceof AlterAction.DetachPartition d && (d.concurrently() || d.finalizing()))
                    .findFirst().ifPresent(a -> reportNoConcurrentForm(context, alter, (AlterAction.DetachPartition) a));
            return;
        }
        if (!context.catalog().isExisting(alter.table())) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.DetachPartition detach && !detach.concurrently() && !detach.finalizing()) {
                report(context, alter, detach);
                return;
            }
        }
    }

    /** Before 14 {@code CONCURRENTLY} and {@code FINALIZE} are syntax errors. */
    private static void reportNoConcurrentForm(RuleContext context, Statement.AlterTable alter,
                                               AlterAction.DetachPartition detach) {
        context.report(Describe.syntaxFrom("DETACH PARTITION … " + (detach.finalizing() ? "FINALIZE" : "CONCURRENTLY"),
                        14, context),
                "-- PostgreSQL " + context.pgVersion().major() + " detaches only under ACCESS EXCLUSIVE on the table and "
                        + "the partition; keep the wait for that lock short:\nSET lock_timeout = '5s';\nALTER TABLE "
                        + alter.table().sql() + " DETACH PARTITION " + detach.partition().sql() + ";");
    }

    private static void report(RuleContext context, Statement.AlterTable alter, AlterAction.DetachPartition detach) {
        String head = "ALTER TABLE " + alter.table().sql() + " DETACH PARTITION " + detach.partition().sql();
        String message = "DETACH PARTITION " + Describe.quoted(detach.partition()) + " takes "
                + Describe.lock(LockMode.ACCESS_EXCLUSIVE) + " on the partitioned table "
                + Describe.quoted(alter.table()) + " and on the partition until the transaction ends, which "
                + "blocks " + LockMode.ACCESS_EXCLUSIVE.blocks() + " on every partition.";
        Optional<QualifiedName> defaultPartition = context.catalog().partitionsOf(alter.table()).stream()
                .filter(TableInfo::defaultPartition).map(TableInfo::name).findFirst();
        if (defaultPartition.isPresent()) {
            context.report(message + " CONCURRENTLY is no way out here: PostgreSQL refuses it while "
                            + Describe.quoted(alter.table()) + " has a DEFAULT partition ("
                            + Describe.quoted(defaultPartition.get()) + ").",
                    "-- Detach it at a quiet time, giving up rather than queueing every query on the table behind it:\n"
                            + "SET lock_timeout = '5s';\n" + StatementRewrite.text(context.statement()) + ";");
            return;
        }
        context.report(message,
                head + " CONCURRENTLY;\n"
                        + "-- CONCURRENTLY is refused when " + Describe.quoted(alter.table())
                        + " has a DEFAULT partition; if it is interrupted, finish it with:\n-- " + head + " FINALIZE;\n"
                        + Describe.outsideTransaction(context, head + " CONCURRENTLY"));
    }
}
