package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.Statement;
import io.github.migrationguard.model.Statement.TransactionControl.Command;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

/** {@code BEGIN}/{@code COMMIT}/{@code ROLLBACK} in a script the runner already runs in a transaction. */
public final class TransactionNesting implements Rule {

    static final RuleMeta META = RuleMeta.builder("transaction-nesting")
            .title("Transaction control inside the runner's transaction")
            .category(Category.TRANSACTIONS)
            .severity(Severity.WARNING)
            .flags("`BEGIN`/`START TRANSACTION`, `COMMIT`/`END`, `ROLLBACK` and `PREPARE TRANSACTION` in a migration "
                    + "the runner wraps in a transaction (Flyway's default), `COMMIT AND CHAIN` included. When the "
                    + "transaction is PostgreSQL's implicit one around a file sent as one query string (Prisma, "
                    + "golang-migrate, diesel without its transaction), a `BEGIN` and a `COMMIT` that ends the file are "
                    + "not flagged: the `BEGIN` makes the implicit transaction explicit without a warning.")
            .why("PostgreSQL has no nested transactions. Inside the runner's transaction `BEGIN` only warns that a "
                    + "transaction is in progress, and the `COMMIT` meant to close it ends the runner's transaction "
                    + "early: what ran before it stays committed even if a later statement fails, so the migration can "
                    + "be left half applied while the runner believes it rolled everything back. A `ROLLBACK` silently "
                    + "discards the work before it.")
            .recipe("Remove the `BEGIN` and `COMMIT`: the runner already makes the whole script one transaction. If "
                    + "parts must commit separately, split them into migrations of their own, or run the script outside "
                    + "a transaction (Flyway: `executeInTransaction=false` in its `.conf` file) and keep the explicit "
                    + "`BEGIN … COMMIT` blocks:\n\n"
                    + "```sql\n-- V9__orders_status.sql: no BEGIN/COMMIT, Flyway wraps it\n"
                    + "ALTER TABLE orders ADD COLUMN status text;\n"
                    + "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';\n```")
            .kinds(Statement.TransactionControl.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.TransactionControl control = (Statement.TransactionControl) context.model();
        Command command = control.command();
        if (!context.statement().isTopLevel() || !context.transactions().runnerTransaction()
                || !(command.starts() || command.ends())) {
            return;
        }
        if (context.transactions().implicitBlock() && (command.starts() || (command == Command.COMMIT
                && !control.chain() && lastTopLevel(context)))) {
            return; // BEGIN makes PostgreSQL's implicit block explicit; a final COMMIT ends it where the string would
        }
        String runner = "the runner's transaction (" + context.transactions().reason() + ")";
        String text = StatementRewrite.text(context.statement());
        if (command.starts()) {
            context.report(text + " inside " + runner + " opens nothing: PostgreSQL only warns that a transaction is "
                            + "in progress, and a COMMIT meant to close it ends the runner's transaction early.",
                    "-- Remove it: the runner already makes the whole script one transaction. If parts must commit\n"
                            + "-- separately, " + separately(context));
            return;
        }
        String effect = (command == Command.ROLLBACK
                ? "discards everything the script did before it, silently"
                : "commits what ran before it, so a later failure leaves the migration half applied")
                + (control.chain() ? ", and AND CHAIN opens a new transaction at once" : "");
        context.report(text + " ends " + runner + " early: it " + effect + ".",
                "-- Remove it: the runner commits the script as one transaction at the end. If parts must commit\n"
                        + "-- separately, " + separately(context));
    }

    private static String separately(RuleContext context) {
        return "split them into migrations of their own"
                + Describe.noTransactionSetting(context).map(s -> ", or set " + s).orElse("") + ".";
    }

    private static boolean lastTopLevel(RuleContext context) {
        return context.statements().stream()
                .noneMatch(s -> s.isTopLevel() && s.index() > context.statement().index());
    }
}
