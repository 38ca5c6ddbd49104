package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.tx.TxAnalyzer;
import io.github.migrationguard.tx.TxPosition;

import java.util.List;
import java.util.Optional;

/** A statement PostgreSQL refuses inside a transaction block, where the script will run it inside one. */
public final class ConcurrentlyInTransaction implements Rule {

    static final RuleMeta META = RuleMeta.builder("concurrently-in-transaction")
            .title("Statement that cannot run inside a transaction block")
            .category(Category.LOCKS)
            .severity(Severity.ERROR)
            .flags("Statements PostgreSQL refuses inside a transaction block — `CREATE/DROP INDEX CONCURRENTLY`, "
                    + "`REINDEX CONCURRENTLY`, `REINDEX SCHEMA/DATABASE/SYSTEM`, `DETACH PARTITION … CONCURRENTLY`, "
                    + "`VACUUM`, `CLUSTER` with no table, `CREATE/DROP DATABASE`, `CREATE/DROP TABLESPACE`, "
                    + "`ALTER SYSTEM`, `DISCARD ALL`, `CREATE SUBSCRIPTION`, and `ALTER TYPE … ADD VALUE` before "
                    + "PostgreSQL 12 — where they will run inside one: after an explicit `BEGIN`, inside a `DO` block, "
                    + "or in the runner's transaction.")
            .why("The migration fails at deploy with `ERROR: … cannot run inside a transaction block`. Flyway runs "
                    + "most of these statements outside a transaction by itself, but not `REINDEX … CONCURRENTLY` nor "
                    + "`DETACH PARTITION … CONCURRENTLY`, and not when the script says `executeInTransaction=true` or "
                    + "mixes them with transactional statements.")
            .recipe("Give the statement a migration of its own that runs outside a transaction. For Flyway, put "
                    + "`executeInTransaction=false` in the script's `.conf` file:\n\n"
                    + "```properties\n# V12__reindex_orders.sql.conf\nexecuteInTransaction=false\n```\n\n"
                    + "```sql\n-- V12__reindex_orders.sql\nREINDEX INDEX CONCURRENTLY orders_customer_id_idx;\n```\n\n"
                    + "Do not wrap it in `BEGIN … COMMIT` or a `DO` block.")
            .kinds(Statement.CreateIndex.class, Statement.DropIndex.class, Statement.Reindex.class,
                    Statement.AlterTable.class, Statement.Vacuum.class, Statement.Cluster.class, Statement.Other.class,
                    Statement.DropObject.class, Statement.AlterTypeAddValue.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        if (!TxAnalyzer.cannotRunInTransaction(context.model(), context.pgVersion())) {
            return;
        }
        String what = label(context.model());
        boolean inDoBlock = context.statement().nesting() == Nesting.DO_BLOCK;
        if (!inDoBlock && !context.tx().inTransactionBlock()) {
            return;
        }
        context.report(what + " cannot run inside a transaction block, and here it runs inside "
                        + where(context, inDoBlock) + ": the migration fails at deploy with \"ERROR: " + what
                        + " cannot run inside a transaction block\".",
                fix(context, inDoBlock));
    }

    /** The command as PostgreSQL's error message names it. */
    private static String label(Statement statement) {
        if (statement instanceof Statement.CreateIndex) {
            return "CREATE INDEX CONCURRENTLY";
        }
        if (statement instanceof Statement.DropIndex) {
            return "DROP INDEX CONCURRENTLY";
        }
        if (statement instanceof Statement.Reindex r) {
            return r.concurrently() ? "REINDEX CONCURRENTLY" : "REINDEX " + r.target().name();
        }
        if (statement instanceof Statement.AlterTable) {
            return "ALTER TABLE … DETACH PARTITION CONCURRENTLY";
        }
        if (statement instanceof Statement.Vacuum) {
            return "VACUUM";
        }
        if (statement instanceof Statement.Cluster) {
            return "CLUSTER";
        }
        if (statement instanceof Statement.AlterTypeAddValue) {
            return "ALTER TYPE … ADD VALUE";
        }
        if (statement instanceof Statement.DropObject d) {
            return "DROP " + d.kind();
        }
        if (statement instanceof Statement.Other o) {
            return o.command();
        }
        return "This statement";
    }

    private static String where(RuleContext context, boolean inDoBlock) {
        if (inDoBlock) {
            return "a DO block, which always runs in a transaction";
        }
        TxPosition position = context.tx();
        if (position.mode() == TxPosition.Mode.EXPLICIT) {
            return opener(context).map(s -> "the transaction opened by " + StatementText.label(s))
                    .orElse("an explicit transaction");
        }
        return "the runner's transaction (" + context.transactions().reason() + ")";
    }

    /** The BEGIN (or COMMIT AND CHAIN) that opened the explicit transaction the statement runs in. */
    private static Optional<AnalyzedStatement> opener(RuleContext context) {
        List<AnalyzedStatement> earlier = EarlierStatements.of(context);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).model() instanceof Statement.TransactionControl t && t.opens()) {
                return Optional.of(earlier.get(i));
            }
        }
        return Optional.empty();
    }

    private static String fix(RuleContext context, boolean inDoBlock) {
        String text = StatementRewrite.text(context.statement());
        String statement = text + ";\n";
        String outside = Describe.outsideTransaction(context, text);
        if (!inDoBlock && context.tx().mode() == TxPosition.Mode.EXPLICIT) {
            return statement + "-- Take it out of the BEGIN … COMMIT block.\n" + outside;
        }
        return statement + outside;
    }
}
