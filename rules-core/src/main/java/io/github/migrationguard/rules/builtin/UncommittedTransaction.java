package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.source.Runner;
import io.github.migrationguard.source.ScriptKind;
import io.github.migrationguard.tx.TxPosition;

import java.util.List;

/** A {@code BEGIN} that no {@code COMMIT}, {@code ROLLBACK} or {@code PREPARE TRANSACTION} closes before the script ends. */
public final class UncommittedTransaction implements Rule {

    static final RuleMeta META = RuleMeta.builder("uncommitted-transaction")
            .title("Transaction left open at the end of the migration")
            .category(Category.TRANSACTIONS)
            .severity(Severity.ERROR)
            .flags("A `BEGIN`/`START TRANSACTION` with no `COMMIT`, `END`, `ROLLBACK` or `PREPARE TRANSACTION` after "
                    + "it in the migration, and likewise a `COMMIT AND CHAIN`/`ROLLBACK AND CHAIN` outside the runner's "
                    + "transaction, which opens the next transaction as it ends one. A second `BEGIN` inside an open "
                    + "transaction is not reported again.")
            .why("What happens to the open transaction depends on the runner, not on the script: Flyway (and diesel "
                    + "or Liquibase inside their own transaction) commits it at the end anyway, so a transaction the "
                    + "author meant to roll back is kept; psql rolls it back when the session closes, silently "
                    + "discarding the migration's work; Prisma and golang-migrate leave it open on the connection for "
                    + "whatever they run next. Either way the script says something it does not do.")
            .recipe("Close every transaction the script opens:\n\n"
                    + "```sql\nBEGIN;\nALTER TABLE orders ADD COLUMN status text;\nCOMMIT;\n```\n\n"
                    + "If the runner already wraps the script in a transaction (Flyway's default), drop the `BEGIN` "
                    + "instead (see `transaction-nesting`).")
            .kinds(Statement.TransactionControl.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.TransactionControl control = (Statement.TransactionControl) context.model();
        if (!control.opens() || !context.statement().isTopLevel() || closedLater(context)) {
            return;
        }
        boolean chained = !control.command().starts();
        if (chained ? context.tx().mode() != TxPosition.Mode.EXPLICIT : alreadyOpen(context)) {
            // a chain in the runner's transaction is committed by the runner, as transaction-nesting says;
            // outside any transaction block AND CHAIN fails and opens nothing
            return;
        }
        String text = StatementRewrite.text(context.statement());
        context.report(text + (chained ? " opens a new transaction as it ends the last one, and nothing in the migration "
                        : " opens a transaction that nothing in the migration ") + "commits or rolls back: "
                        + afterwards(context),
                "-- Close the transaction at the end of the script:\nCOMMIT;"
                        + (chained ? "\n-- or end the last one without AND CHAIN." : "")
                        + (!chained && context.transactions().runnerTransaction() && !context.transactions().implicitBlock()
                        ? "\n-- or, since the runner already wraps the script in a transaction, remove the BEGIN." : ""));
    }

    /** What becomes of a transaction the script leaves open: up to the runner, not the script. */
    private static String afterwards(RuleContext context) {
        if (context.script().kind() == ScriptKind.PLAIN || context.script().runner() == Runner.PLAIN) {
            return "when the session closes it is rolled back, silently discarding everything after it.";
        }
        String runner = context.script().runner().label();
        if (context.script().runner() == Runner.FLYWAY) {
            return "Flyway commits it at the end anyway, whatever the script meant.";
        }
        if (context.transactions().runnerTransaction() && !context.transactions().implicitBlock()) {
            return runner + " commits it with its own transaction at the end anyway, whatever the script meant.";
        }
        return "it is still open when " + runner + " has sent the script, so whether its work is kept depends on what "
                + runner + " does next on that connection, not on the script.";
    }

    /** An earlier BEGIN is still open: this one only warns, and that one is the one reported. */
    private static boolean alreadyOpen(RuleContext context) {
        boolean open = false;
        for (AnalyzedStatement s : topLevel(context.statements().subList(0, context.statement().index()))) {
            if (s.model() instanceof Statement.TransactionControl t) {
                open = t.opens() || (open && !t.command().ends());
            }
        }
        return open;
    }

    private static boolean closedLater(RuleContext context) {
        List<AnalyzedStatement> all = context.statements();
        for (AnalyzedStatement s : topLevel(all.subList(context.statement().index() + 1, all.size()))) {
            if (s.model() instanceof Statement.TransactionControl t && t.command().ends()) {
                return true;
            }
        }
        return false;
    }

    private static List<AnalyzedStatement> topLevel(List<AnalyzedStatement> statements) {
        return statements.stream().filter(AnalyzedStatement::isTopLevel).toList();
    }
}
