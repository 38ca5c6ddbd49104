package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.source.ScriptKind;

import java.util.List;

/** A {@code BEGIN} that no {@code COMMIT}, {@code ROLLBACK} or {@code PREPARE TRANSACTION} closes before the script ends. */
public final class UncommittedTransaction implements Rule {

    static final RuleMeta META = RuleMeta.builder("uncommitted-transaction")
            .title("Transaction left open at the end of the migration")
            .category(Category.TRANSACTIONS)
            .severity(Severity.ERROR)
            .flags("A `BEGIN`/`START TRANSACTION` with no `COMMIT`, `END`, `ROLLBACK` or `PREPARE TRANSACTION` after "
                    + "it in the migration. A second `BEGIN` inside an open transaction is not reported again.")
            .why("What happens to the open transaction depends on the runner, not on the script: Flyway commits it "
                    + "at the end anyway, so a transaction the author meant to roll back is kept; psql and most "
                    + "script runners roll it back when the session closes, silently discarding the migration's work. "
                    + "Either way the script says something it does not do.")
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
        if (!control.command().starts() || !context.statement().isTopLevel() || alreadyOpen(context)
                || closedLater(context)) {
            return;
        }
        boolean plain = context.script().kind() == ScriptKind.PLAIN;
        context.report(StatementRewrite.text(context.statement()) + " opens a transaction that nothing in the migration "
                        + "commits or rolls back: " + (plain
                        ? "when the session closes it is rolled back, silently discarding everything after it."
                        : "Flyway commits it at the end anyway, whatever the script meant."),
                "-- Close the transaction at the end of the script:\nCOMMIT;"
                        + (context.transactions().runnerTransaction()
                        ? "\n-- or, since the runner already wraps the script in a transaction, remove the BEGIN." : ""));
    }

    /** An earlier BEGIN is still open: this one only warns, and that one is the one reported. */
    private static boolean alreadyOpen(RuleContext context) {
        boolean open = false;
        for (AnalyzedStatement s : topLevel(context.statements().subList(0, context.statement().index()))) {
            if (s.model() instanceof Statement.TransactionControl t) {
                open = t.command().starts() || (open && !t.command().ends());
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
