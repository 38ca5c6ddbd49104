package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.tx.TxPosition;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** Commands recognised only by their leading words that PostgreSQL runs only outside a transaction block. */
    private static final Set<String> NON_TRANSACTIONAL_COMMANDS = Set.of("CREATE DATABASE", "DROP DATABASE",
            "CREATE TABLESPACE", "DROP TABLESPACE", "ALTER SYSTEM", "DISCARD ALL", "CREATE SUBSCRIPTION");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Optional<String> what = nonTransactional(context.model(), context.pgVersion());
        if (what.isEmpty()) {
            return;
        }
        boolean inDoBlock = context.statement().nesting() == Nesting.DO_BLOCK;
        if (!inDoBlock && !context.tx().inTransactionBlock()) {
            return;
        }
        context.report(what.get() + " cannot run inside a transaction block, and here it runs inside "
                        + where(context, inDoBlock) + ": the migration fails at deploy with \"ERROR: " + what.get()
                        + " cannot run inside a transaction block\".",
                fix(context, inDoBlock));
    }

    /**
     * What PostgreSQL refuses in a transaction block, named for the message; empty for everything else.
     * A private copy of {@code TxAnalyzer.cannotRunInTransaction(Statement, PgVersion)} until the source
     * branch provides it: unify the two then.
     */
    static Optional<String> nonTransactional(Statement statement, PgVersion version) {
        if (statement instanceof Statement.CreateIndex i && i.concurrently()) {
            return Optional.of("CREATE INDEX CONCURRENTLY");
        }
        if (statement instanceof Statement.DropIndex d && d.concurrently()) {
            return Optional.of("DROP INDEX CONCURRENTLY");
        }
        if (statement instanceof Statement.Reindex r) {
            if (r.concurrently()) {
                return Optional.of("REINDEX CONCURRENTLY");
            }
            if (r.target() == Statement.Reindex.Target.SCHEMA || r.target() == Statement.Reindex.Target.DATABASE
                    || r.target() == Statement.Reindex.Target.SYSTEM) {
                return Optional.of("REINDEX " + r.target().name());
            }
        }
        if (statement instanceof Statement.AlterTable a) {
            for (AlterAction action : a.actions()) {
                if (action instanceof AlterAction.DetachPartition d && d.concurrently()) {
                    return Optional.of("ALTER TABLE … DETACH PARTITION CONCURRENTLY");
                }
            }
        }
        if (statement instanceof Statement.Vacuum v && !v.analyzeOnly()) {
            return Optional.of("VACUUM");
        }
        if (statement instanceof Statement.Cluster c && c.table().isEmpty()) {
            return Optional.of("CLUSTER");
        }
        if (statement instanceof Statement.Other o && NON_TRANSACTIONAL_COMMANDS.contains(o.command())) {
            return Optional.of(o.command());
        }
        if (statement instanceof Statement.DropObject d && (d.kind().equals("DATABASE") || d.kind().equals("TABLESPACE"))) {
            return Optional.of("DROP " + d.kind());
        }
        if (statement instanceof Statement.AlterTypeAddValue && !version.atLeast(12)) {
            return Optional.of("ALTER TYPE … ADD VALUE");
        }
        return Optional.empty();
    }

    private static String where(RuleContext context, boolean inDoBlock) {
        if (inDoBlock) {
            return "a DO block, which always runs in a transaction";
        }
        TxPosition position = context.tx();
        if (position.mode() == TxPosition.Mode.EXPLICIT) {
            return beginLine(context).map(line -> "the transaction opened by BEGIN on line " + line)
                    .orElse("an explicit transaction");
        }
        return "the runner's transaction (" + context.transactions().reason() + ")";
    }

    private static Optional<Integer> beginLine(RuleContext context) {
        List<AnalyzedStatement> earlier = EarlierStatements.of(context);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).model() instanceof Statement.TransactionControl t && t.command().starts()) {
                return Optional.of(earlier.get(i).sql().range().line());
            }
        }
        return Optional.empty();
    }

    private static String fix(RuleContext context, boolean inDoBlock) {
        String statement = "```sql\n" + StatementRewrite.text(context.statement()) + ";\n```\n";
        if (!inDoBlock && context.tx().mode() == TxPosition.Mode.EXPLICIT) {
            return "Run it outside the `BEGIN … COMMIT` block, in a migration of its own that runs outside a "
                    + "transaction:\n" + statement + Describe.outsideTransaction(context);
        }
        return statement + Describe.outsideTransaction(context);
    }
}
