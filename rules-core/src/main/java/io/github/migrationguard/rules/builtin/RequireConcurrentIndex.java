package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.schema.ObjectNames;
import io.github.migrationguard.schema.TableInfo;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code CREATE INDEX} without {@code CONCURRENTLY} blocks writes to an existing table for the whole build. */
public final class RequireConcurrentIndex implements Rule {

    /** Partitions of partitions are followed this deep (a cycle in bad input must not recurse forever). */
    private static final int MAX_DEPTH = 8;

    static final RuleMeta META = RuleMeta.builder("require-concurrent-index")
            .title("Create indexes concurrently on existing tables")
            .category(Category.LOCKS)
            .severity(Severity.ERROR)
            .flags("`CREATE [UNIQUE] INDEX` without `CONCURRENTLY` on an existing table (a materialized view has no "
                    + "writes to block). `CREATE INDEX … ON ONLY parent` (the first step of the partitioned-table recipe) "
                    + "is not flagged, unless the migrations show the table to be an ordinary one: there `ONLY` changes "
                    + "nothing and the index is built.")
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
        if (index.concurrently() || !context.catalog().isExisting(index.table())) {
            return;
        }
        Optional<TableInfo> table = context.catalog().table(index.table());
        if (table.filter(t -> t.kind() == RelationKind.MATERIALIZED_VIEW).isPresent()) {
            return; // nothing writes to a materialized view: the SHARE lock only holds up a REFRESH
        }
        if (SlowStatement.onlyOnPartitionedParent(context, index)) {
            return;
        }
        boolean plain = table.filter(TableInfo::isKnownUnpartitioned).isPresent();
        String name = Describe.quoted(index.table());
        String what = index.unique() ? "CREATE UNIQUE INDEX" : "CREATE INDEX";
        if (table.filter(TableInfo::isPartitioned).isPresent()) {
            context.report(what + " on existing partitioned table " + name + " holds "
                            + Describe.lockBlocking(LockMode.SHARE, "on it and on every partition for the whole index build")
                            + ".",
                    partitionedFix(context, index, table.get()));
            return;
        }
        String fixed = concurrently(context, index);
        String unknown = plain ? "" : "\n-- If " + name + " is partitioned it refuses CONCURRENTLY: create the index ON ONLY "
                + index.table().sql() + ",\n-- build it CONCURRENTLY on each partition, then ALTER INDEX … "
                + "ATTACH PARTITION each one.";
        context.report(what + (index.only() ? " … ON ONLY" : "") + " on existing table " + name + " holds "
                        + Describe.lockBlocking(LockMode.SHARE, "for the whole index build") + "."
                        + (index.only() ? " ONLY changes nothing on a table that is not partitioned: the index is built." : ""),
                fixed + ";\n" + Describe.outsideTransaction(context, fixed) + unknown);
    }

    private static String concurrently(RuleContext context, Statement.CreateIndex index) {
        return StatementRewrite.insertAfter(context.statement().sql(), "INDEX", "CONCURRENTLY")
                .orElseGet(() -> onTable(context.statement().sql(), index, index.name().orElse(""), index.table(), true,
                        index.only()));
    }

    /**
     * The recipe for a partitioned table, which refuses {@code CONCURRENTLY}: the index on the parent alone, a
     * concurrent build on each partition the catalog knows (recursing into partitions that are partitioned
     * themselves), then each attached to its parent's index.
     */
    private static String partitionedFix(RuleContext context, Statement.CreateIndex index, TableInfo table) {
        List<String> onOnly = new ArrayList<>();
        List<String> builds = new ArrayList<>();
        List<String> attaches = new ArrayList<>();
        SqlStatement sql = context.statement().sql();
        String parentIndex = index.name().orElseGet(() -> ObjectNames.index(table.name().name(), keys(index)));
        onOnly.add(onTable(sql, index, parentIndex, index.table(), false, true) + ";");
        partitions(context, sql, index, new QualifiedName(index.table().schema(), parentIndex), index.table(), 0,
                onOnly, builds, attaches);
        String outside = Describe.outsideTransaction(context, builds.isEmpty()
                ? onTable(sql, index, "i", QualifiedName.of("p"), true, false) : builds.get(0));
        String eachBuild = builds.isEmpty()
                ? "-- CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY <partition>_… ON <partition> (…);\n"
                : String.join(";\n", builds) + ";\n";
        String eachAttach = attaches.isEmpty()
                ? "-- ALTER INDEX " + QualifiedName.quote(parentIndex) + " ATTACH PARTITION <partition>_…;\n"
                : String.join(";\n", attaches) + ";\n";
        return "-- " + Describe.quoted(index.table()) + " is partitioned, and PostgreSQL refuses CONCURRENTLY on it. "
                + "Create the index on the parent alone\n-- (no build; it stays invalid until every partition's "
                + "index is attached):\n"
                + String.join("\n", onOnly) + "\n"
                + "-- Then build it on each partition" + (builds.isEmpty() ? "" : " (and on any the migrations do not show)")
                + ".\n" + outside + "\n"
                + eachBuild
                + "-- Then, in the next migration, attach each one (a brief lock, no build):\n"
                + eachAttach.stripTrailing();
    }

    /** Depth-first over the known partitions of {@code parent}, whose index is {@code parentIndex}. */
    private static void partitions(RuleContext context, SqlStatement sql, Statement.CreateIndex index,
                                   QualifiedName parentIndex, QualifiedName parent, int depth,
                                   List<String> onOnly, List<String> builds, List<String> attaches) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (TableInfo partition : context.catalog().partitionsOf(parent)) {
            QualifiedName name = partition.name();
            QualifiedName partitionIndex = new QualifiedName(name.schema(), ObjectNames.index(name.name(), keys(index)));
            if (partition.isPartitioned()) {
                onOnly.add(onTable(sql, index, partitionIndex.name(), name, false, true) + ";");
                partitions(context, sql, index, partitionIndex, name, depth + 1, onOnly, builds, attaches);
            } else {
                builds.add(onTable(sql, index, partitionIndex.name(), name, true, false));
            }
            attaches.add("ALTER INDEX " + parentIndex.sql() + " ATTACH PARTITION " + partitionIndex.sql());
        }
    }

    private static List<String> keys(Statement.CreateIndex index) {
        return index.columns().stream().map(ObjectNames::indexKey).toList();
    }

    /**
     * The statement for the same index named {@code name} on {@code table}: the head rebuilt, the rest (method,
     * keys, INCLUDE, WITH, WHERE …) as written; built from the model when the text cannot be followed.
     */
    private static String onTable(SqlStatement sql, Statement.CreateIndex index, String name, QualifiedName table,
                                  boolean concurrently, boolean only) {
        String head = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
                + (index.ifNotExists() ? "IF NOT EXISTS " : "") + (name.isEmpty() ? "" : QualifiedName.quote(name) + " ")
                + "ON " + (only ? "ONLY " : "") + table.sql();
        List<Token> tokens = sql.tokens();
        int at = StatementText.findTopLevel(sql, 0, "ON") + 1;
        if (at > 0 && at < tokens.size() && tokens.get(at).is("ONLY")) {
            at++;
        }
        while (at > 0 && at + 2 < tokens.size() && tokens.get(at + 1).isSymbol(".")) {
            at += 2;
        }
        if (at <= 0 || at + 1 >= tokens.size()) {
            return head + " USING " + index.method() + " (" + String.join(", ", index.columns()) + ")"
                    + index.where().map(w -> " WHERE " + w).orElse("");
        }
        return head + " " + StatementText.slice(sql, at + 1, tokens.size());
    }
}
