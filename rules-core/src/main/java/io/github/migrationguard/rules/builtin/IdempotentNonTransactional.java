package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

/**
 * Outside a transaction nothing is rolled back: a concurrent index build that fails leaves an INVALID
 * index, so the retry of the migration must clean up first ({@code DROP INDEX CONCURRENTLY IF EXISTS})
 * and must not fail on what is already gone ({@code IF EXISTS}).
 */
public final class IdempotentNonTransactional implements Rule {

    static final RuleMeta META = RuleMeta.builder("idempotent-non-transactional")
            .title("Non-transactional migration that cannot be retried")
            .category(Category.TRANSACTIONS)
            .severity(Severity.WARNING)
            .flags("In a migration that runs outside a transaction: `CREATE INDEX CONCURRENTLY` on an existing table "
                    + "not preceded by `DROP INDEX CONCURRENTLY IF EXISTS` of the same index (or without a name, so it "
                    + "cannot be dropped by name), and `DROP INDEX CONCURRENTLY` without `IF EXISTS`.")
            .why("Without a transaction, a failure is not rolled back. A concurrent index build that fails (a deadlock, "
                    + "a duplicate key, a cancelled deploy) leaves an INVALID index behind, which still slows every "
                    + "write. When the migration is retried, `CREATE INDEX CONCURRENTLY IF NOT EXISTS` skips the invalid "
                    + "index and keeps it; without `IF NOT EXISTS` the retry fails because the name is taken. A drop "
                    + "without `IF EXISTS` fails on retry once the index is gone.")
            .recipe("Make each step safe to run twice: drop a leftover invalid index before building, and drop with "
                    + "`IF EXISTS`:\n\n"
                    + "```sql\nDROP INDEX CONCURRENTLY IF EXISTS orders_customer_id_idx;\n"
                    + "CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);\n```")
            .kinds(Statement.CreateIndex.class, Statement.DropIndex.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        if (!context.statement().isTopLevel() || context.tx().inTransactionBlock()) {
            return;
        }
        Statement model = context.model();
        if (model instanceof Statement.CreateIndex create && create.concurrently()
                && context.catalog().isExisting(create.table())) {
            createIndex(context, create);
        } else if (model instanceof Statement.DropIndex drop && drop.concurrently() && !drop.ifExists()) {
            context.report("DROP INDEX CONCURRENTLY without IF EXISTS runs outside a transaction: if the migration "
                            + "fails after it and is retried, the drop fails because the index is already gone.",
                    StatementRewrite.insertAfter(context.statement().sql(), "CONCURRENTLY", "IF EXISTS")
                            .orElse(StatementRewrite.text(context.statement())) + ";");
        }
    }

    private static void createIndex(RuleContext context, Statement.CreateIndex create) {
        String retry = create.ifNotExists()
                ? "a retry with IF NOT EXISTS skips it and keeps the invalid index"
                : "a retry fails because the name is taken";
        String leftover = "if the build fails (a deadlock, a duplicate key, a cancelled deploy) it leaves an INVALID "
                + "index behind, which still slows every write, and " + retry;
        if (create.name().isEmpty()) {
            context.report("CREATE INDEX CONCURRENTLY without an index name runs outside a transaction: " + leftover
                            + "; without a name it cannot be dropped before the retry.",
                    "-- Name the index, and drop a leftover invalid one before building it:\n"
                            + "DROP INDEX CONCURRENTLY IF EXISTS <index name>;\n"
                            + StatementRewrite.insertAfter(context.statement().sql(), "CONCURRENTLY", "<index name>")
                            .orElse(StatementRewrite.text(context.statement())) + ";");
            return;
        }
        QualifiedName index = new QualifiedName(create.table().schema(), create.name().get());
        if (droppedBefore(context, index)) {
            return;
        }
        context.report("CREATE INDEX CONCURRENTLY " + Describe.quoted(index) + " runs outside a transaction, with no "
                        + "DROP INDEX CONCURRENTLY IF EXISTS before it: " + leftover + ".",
                "DROP INDEX CONCURRENTLY IF EXISTS " + index.sql() + ";\n" + StatementRewrite.text(context.statement())
                        + ";");
    }

    private static boolean droppedBefore(RuleContext context, QualifiedName index) {
        for (AnalyzedStatement s : EarlierStatements.of(context)) {
            if (s.model() instanceof Statement.DropIndex d && d.concurrently() && d.ifExists()
                    && d.names().stream().anyMatch(index::sameObject)) {
                return true;
            }
        }
        return false;
    }
}
