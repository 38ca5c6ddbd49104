package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Locks;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

import java.util.Optional;

/**
 * {@code VALIDATE CONSTRAINT} in the transaction that added the constraint, or that already holds a strong
 * lock on the table: the scan runs under that lock, so the two-step recipe gains nothing.
 */
public final class ValidateInSameTransaction implements Rule {

    static final RuleMeta META = RuleMeta.builder("validate-in-same-transaction")
            .title("Constraint validated in the transaction that holds a strong lock")
            .category(Category.LOCKS)
            .severity(Severity.WARNING)
            .flags("`ALTER TABLE … VALIDATE CONSTRAINT` on an existing table in the same transaction as the `ADD "
                    + "CONSTRAINT … NOT VALID` that created the constraint, or as any earlier statement that took a "
                    + "SHARE or stronger lock on the table, including another action of the same `ALTER TABLE` (the "
                    + "statement holds the strongest lock of its actions throughout).")
            .why("`VALIDATE CONSTRAINT` itself takes only SHARE UPDATE EXCLUSIVE, so reads and writes go on during its "
                    + "scan. But locks are held until the transaction ends: after `ADD CONSTRAINT` (ACCESS EXCLUSIVE for a "
                    + "CHECK, SHARE ROW EXCLUSIVE for a foreign key) in the same transaction, the whole scan runs under "
                    + "that strong lock, exactly as if the constraint had been added without `NOT VALID`.")
            .recipe("Validate in a later transaction, after the one that added the constraint has committed. With Flyway, "
                    + "put it in the next migration:\n\n"
                    + "```sql\n-- V7__add_orders_customer_fk.sql\n"
                    + "ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey\n"
                    + "    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\n\n"
                    + "-- V8__validate_orders_customer_fk.sql\n"
                    + "ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;\n```")
            .kinds(Statement.AlterTable.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable alter = (Statement.AlterTable) context.model();
        if (!context.catalog().isExisting(alter.table())) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.ValidateConstraint validate) {
                Optional<String> holder = sameStatement(alter, validate.name())
                        .or(() -> strongerLockHolder(context, alter.table(), validate.name()));
                if (holder.isPresent()) {
                    report(context, alter, action, validate.name(), holder.get());
                    return;
                }
            }
        }
    }

    /**
     * ALTER TABLE takes the strongest lock of all its actions for the whole statement, so a VALIDATE next to an
     * action that adds the constraint or takes a strong lock scans under that lock.
     */
    private static Optional<String> sameStatement(Statement.AlterTable alter, String constraint) {
        if (addsConstraint(alter, alter.table(), constraint)) {
            return Optional.of("the same statement adds the constraint");
        }
        return Locks.of(alter).stream()
                .filter(lock -> lock.mode().isStrong() && lock.relation().sameObject(alter.table()))
                .findFirst()
                .map(lock -> "the statement's other actions take " + Describe.lock(lock.mode())
                        + " on it, which ALTER TABLE holds for the whole statement");
    }

    /** Why the transaction already holds a strong lock on the table, naming the statement; empty when it does not. */
    private static Optional<String> strongerLockHolder(RuleContext context, QualifiedName table, String constraint) {
        for (AnalyzedStatement s : SameTransaction.earlier(context)) {
            if (addsConstraint(s.model(), table, constraint)) {
                return Optional.of("the constraint was added by " + StatementText.label(s) + " in the same transaction");
            }
        }
        for (AnalyzedStatement s : SameTransaction.earlier(context)) {
            for (Locks.Lock lock : Locks.of(s.model())) {
                if (lock.mode().isStrong() && lock.relation().sameObject(table)) {
                    return Optional.of(StatementText.label(s) + " took " + Describe.lock(lock.mode())
                            + " on it earlier in the same transaction");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean addsConstraint(Statement statement, QualifiedName table, String constraint) {
        if (statement instanceof Statement.AlterTable a && a.table().sameObject(table)) {
            for (AlterAction action : a.actions()) {
                if (action instanceof AlterAction.AddConstraint add
                        && add.constraint().name().filter(constraint::equals).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void report(RuleContext context, Statement.AlterTable alter, AlterAction action, String constraint,
                               String holder) {
        QualifiedName table = alter.table();
        context.report("VALIDATE CONSTRAINT " + Describe.quoted(constraint) + " on existing table "
                        + Describe.quoted(table) + " scans every row while the transaction still holds a strong lock "
                        + "on it: " + holder + ". Locks are held until the transaction ends, so the two-step recipe "
                        + "gains nothing.",
                AlterClauses.keepOthers(context.statement().sql(), alter, action)
                        + "-- Validate in a later transaction, after the one that holds the lock has committed\n"
                        + "-- (for Flyway, in the next migration):\n"
                        + "ALTER TABLE " + table.sql() + " VALIDATE CONSTRAINT " + QualifiedName.quote(constraint) + ";");
    }
}
