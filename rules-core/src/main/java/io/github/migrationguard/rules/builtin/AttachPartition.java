package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.schema.TableInfo;
import io.github.migrationguard.sql.SqlStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ATTACH PARTITION} of a table that holds rows scans it under ACCESS EXCLUSIVE to prove the partition
 * bound, unless a validated CHECK constraint already proves it.
 *
 * <p>Any validated CHECK constraint the catalog knows on the table counts as proof: which bound it implies
 * is not worked out.
 */
public final class AttachPartition implements Rule {

    static final RuleMeta META = RuleMeta.builder("attach-partition")
            .title("Partition attached without a constraint proving its bound")
            .category(Category.LOCKS)
            .severity(Severity.WARNING)
            .flags("`ALTER TABLE … ATTACH PARTITION` of an existing table that has no validated `CHECK` constraint "
                    + "(any validated CHECK the migrations added is taken to prove the bound), any attach of an "
                    + "existing table as the DEFAULT partition, and any attach to a partitioned table whose existing "
                    + "DEFAULT partition has no validated `CHECK` (it is scanned too).")
            .why("PostgreSQL scans every row of the table being attached to prove it fits the partition bound, holding "
                    + "an ACCESS EXCLUSIVE lock on it, and builds any index the partitioned table has and the partition "
                    + "lacks meanwhile. On the partitioned table it takes SHARE UPDATE EXCLUSIVE from PostgreSQL 12 "
                    + "(ACCESS EXCLUSIVE before 12, blocking every partition). If the table has a DEFAULT partition, "
                    + "that one is scanned under ACCESS EXCLUSIVE too, to prove none of its rows belong to the new "
                    + "partition.")
            .recipe("Prove the bound first with a CHECK constraint added `NOT VALID` and validated (SHARE UPDATE "
                    + "EXCLUSIVE: reads and writes go on); the attach then skips the scan. Build the partitioned table's "
                    + "indexes on the partition beforehand with `CREATE INDEX CONCURRENTLY`:\n\n"
                    + "```sql\nALTER TABLE measurements_2025 ADD CONSTRAINT measurements_2025_bound\n"
                    + "    CHECK (taken_at >= '2025-01-01' AND taken_at < '2026-01-01') NOT VALID;\n"
                    + "ALTER TABLE measurements_2025 VALIDATE CONSTRAINT measurements_2025_bound;\n"
                    + "ALTER TABLE measurements ATTACH PARTITION measurements_2025\n"
                    + "    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n"
                    + "ALTER TABLE measurements_2025 DROP CONSTRAINT measurements_2025_bound;\n```")
            .kinds(Statement.AlterTable.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable alter = (Statement.AlterTable) context.model();
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AttachPartition attach) {
                boolean scansPartition = context.catalog().isExisting(attach.partition())
                        && (attach.defaultPartition() || !boundProvedEarlier(context, attach.partition()));
                Optional<QualifiedName> defaultPartition = attach.defaultPartition() ? Optional.empty()
                        : scannedDefaultPartition(context, alter.table());
                if (scansPartition || defaultPartition.isPresent()) {
                    report(context, alter.table(), attach, scansPartition, defaultPartition);
                    return;
                }
            }
        }
    }

    /**
     * The partition has a validated CHECK constraint, which may prove the bound. Which bound a CHECK implies is
     * not worked out: any validated CHECK is given the benefit of the doubt.
     */
    private static boolean boundProvedEarlier(RuleContext context, QualifiedName partition) {
        return context.catalog().table(partition).stream()
                .flatMap(t -> t.constraints().stream())
                .anyMatch(c -> c.kind() == ConstraintKind.CHECK && c.validated());
    }

    /**
     * The parent's existing DEFAULT partition, which PostgreSQL scans to prove none of its rows belong to the new
     * partition, unless a validated CHECK on it (given the same benefit of the doubt) excludes them.
     */
    private static Optional<QualifiedName> scannedDefaultPartition(RuleContext context, QualifiedName parent) {
        return context.catalog().partitionsOf(parent).stream()
                .filter(TableInfo::defaultPartition)
                .map(TableInfo::name)
                .filter(name -> context.catalog().isExisting(name) && !boundProvedEarlier(context, name))
                .findFirst();
    }

    private static void report(RuleContext context, QualifiedName parent, AlterAction.AttachPartition attach,
                               boolean scansPartition, Optional<QualifiedName> defaultPartition) {
        String partition = Describe.quoted(attach.partition());
        String parentLock = context.pgVersion().atLeast(12)
                ? Describe.lock(LockMode.SHARE_UPDATE_EXCLUSIVE) + " on " + Describe.quoted(parent)
                : Describe.lock(LockMode.ACCESS_EXCLUSIVE) + " on " + Describe.quoted(parent)
                + " as well (before PostgreSQL 12), blocking every partition";
        String scan = attach.defaultPartition()
                ? "every row is scanned to prove none belongs to another partition"
                : "every row is scanned to prove it fits the partition bound (no CHECK constraint proving it was "
                + "added and validated by the migrations)";
        String scansDefault = defaultPartition.map(d -> "the DEFAULT partition " + Describe.quoted(d) + " of "
                + Describe.quoted(parent) + " is scanned under " + Describe.lock(LockMode.ACCESS_EXCLUSIVE)
                + " too, blocking every read and write of it, to prove none of its rows belong to the new partition")
                .orElse("");
        String message = scansPartition
                ? "ATTACH PARTITION of existing table " + partition + " holds "
                + Describe.lockBlocking(LockMode.ACCESS_EXCLUSIVE, "on it") + ", while " + scan
                + " and any missing index is built" + (scansDefault.isEmpty() ? "" : "; " + scansDefault)
                + "; it also takes " + parentLock + "."
                : "ATTACH PARTITION " + partition + ": " + scansDefault + "; it also takes " + parentLock + ".";
        context.report(message, fix(context, attach, scansPartition, defaultPartition));
    }

    private static String fix(RuleContext context, AlterAction.AttachPartition attach, boolean scansPartition,
                              Optional<QualifiedName> defaultPartition) {
        QualifiedName partition = attach.partition();
        String attachIt = StatementRewrite.text(context.statement()) + ";";
        if (attach.defaultPartition()) {
            String constraint = QualifiedName.quote(partition.name() + "_bound");
            return "-- Build the partitioned table's indexes on " + Describe.quoted(partition)
                    + " first with CREATE INDEX CONCURRENTLY.\n"
                    + "-- A DEFAULT partition is proved by a CHECK that excludes every other partition's bound:\n"
                    + "ALTER TABLE " + partition.sql() + " ADD CONSTRAINT " + constraint
                    + " CHECK (NOT (<the other partitions' bounds>)) NOT VALID;\n"
                    + "ALTER TABLE " + partition.sql() + " VALIDATE CONSTRAINT " + constraint + ";\n"
                    + attachIt;
        }
        String bound = bound(context.statement().sql());
        StringBuilder fix = new StringBuilder();
        List<String> dropAfter = new ArrayList<>();
        if (scansPartition) {
            String constraint = QualifiedName.quote(partition.name() + "_bound");
            fix.append("-- Build the partitioned table's indexes on ").append(Describe.quoted(partition))
                    .append(" first with CREATE INDEX CONCURRENTLY.\n")
                    .append("ALTER TABLE ").append(partition.sql()).append(" ADD CONSTRAINT ").append(constraint)
                    .append(" CHECK (<partition key within ").append(bound).append(">) NOT VALID;\n")
                    .append("-- SHARE UPDATE EXCLUSIVE: reads and writes go on during the scan\n")
                    .append("ALTER TABLE ").append(partition.sql()).append(" VALIDATE CONSTRAINT ").append(constraint)
                    .append(";\n");
            dropAfter.add("ALTER TABLE " + partition.sql() + " DROP CONSTRAINT " + constraint + ";");
        }
        if (defaultPartition.isPresent()) {
            QualifiedName d = defaultPartition.get();
            String constraint = QualifiedName.quote(d.name() + "_excludes_" + partition.name());
            fix.append("-- A validated CHECK on the DEFAULT partition that excludes the new bound spares its scan:\n")
                    .append("ALTER TABLE ").append(d.sql()).append(" ADD CONSTRAINT ").append(constraint)
                    .append(" CHECK (NOT (<partition key within ").append(bound).append(">)) NOT VALID;\n")
                    .append("ALTER TABLE ").append(d.sql()).append(" VALIDATE CONSTRAINT ").append(constraint)
                    .append(";\n");
            dropAfter.add("ALTER TABLE " + d.sql() + " DROP CONSTRAINT " + constraint + ";");
        }
        fix.append("-- the attach now skips the scan").append(defaultPartition.isPresent() && scansPartition ? "s" : "")
                .append("\n").append(attachIt);
        dropAfter.forEach(d -> fix.append("\n").append(d));
        return fix.toString();
    }

    /** The {@code FOR VALUES …} clause as written, for the placeholder of the CHECK to add. */
    private static String bound(SqlStatement sql) {
        int values = StatementText.findTopLevel(sql, 0, "values");
        return values < 0 ? "the partition bound" : StatementText.slice(sql, values + 1, sql.tokens().size());
    }
}
