package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.sql.Token;
import io.github.migrationguard.sql.TokenType;

import java.util.List;
import java.util.Optional;

/**
 * A value added by {@code ALTER TYPE … ADD VALUE} used later in the same transaction (PostgreSQL 12+):
 * PostgreSQL refuses it until the transaction that added it commits. Before 12, {@code ADD VALUE} cannot
 * run in a transaction at all, which is {@code concurrently-in-transaction}'s finding.
 *
 * <p>A use is a string literal equal to the new value in a later statement of the transaction.
 */
public final class NewEnumValueInTransaction implements Rule {

    static final RuleMeta META = RuleMeta.builder("new-enum-value-in-transaction")
            .title("New enum value used in the transaction that added it")
            .category(Category.TRANSACTIONS)
            .severity(Severity.ERROR)
            .flags("On PostgreSQL 12 and later, a statement that uses (as a string literal) a value that "
                    + "`ALTER TYPE … ADD VALUE` added earlier in the same transaction, unless the enum type itself was "
                    + "created in that transaction. Before 12, `ADD VALUE` inside a transaction block is reported by "
                    + "`concurrently-in-transaction`.")
            .why("A new enum value cannot be used until the transaction that added it commits: the migration fails with "
                    + "`ERROR: unsafe use of new value \"…\" of enum type …` (HINT: New enum values must be committed "
                    + "before they can be used). Flyway runs a whole migration in one transaction by default, so adding "
                    + "a value and using it in the same migration fails.")
            .recipe("Add the value in one migration and use it in a later one:\n\n"
                    + "```sql\n-- V10__order_status_refunded.sql\nALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';\n\n"
                    + "-- V11__mark_refunds.sql\nUPDATE orders SET status = 'refunded' WHERE id IN (SELECT order_id FROM refunds);\n```")
            .kinds(Statement.Update.class, Statement.Insert.class, Statement.Delete.class, Statement.AlterTable.class,
                    Statement.CreateTable.class, Statement.CreateIndex.class, Statement.Other.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        if (!context.pgVersion().atLeast(12)) {
            return;
        }
        List<AnalyzedStatement> earlierInTransaction = SameTransaction.earlier(context);
        for (AnalyzedStatement earlier : earlierInTransaction) {
            if (earlier.model() instanceof Statement.AlterTypeAddValue add
                    && !createdIn(earlierInTransaction, add.type())) {
                Optional<Token> use = literal(context.statement(), add.value());
                if (use.isPresent()) {
                    report(context, earlier, add);
                    return;
                }
            }
        }
    }

    /** PostgreSQL allows the new value when the enum type itself was created in the same transaction. */
    private static boolean createdIn(List<AnalyzedStatement> statements, QualifiedName type) {
        return statements.stream()
                .anyMatch(s -> s.model() instanceof Statement.CreateEnumType e && e.name().sameObject(type));
    }

    private static Optional<Token> literal(AnalyzedStatement statement, String value) {
        return statement.sql().tokens().stream()
                .filter(t -> t.type() == TokenType.STRING && t.value().equals(value))
                .findFirst();
    }

    private static void report(RuleContext context, AnalyzedStatement addStatement, Statement.AlterTypeAddValue add) {
        String value = "'" + add.value().replace("'", "''") + "'";
        context.report("This statement uses enum value " + value + ", which " + StatementText.label(addStatement)
                        + " added in the same transaction: PostgreSQL refuses it with \"unsafe use of new value\" "
                        + "until that transaction commits, and the migration fails.",
                "-- Let the ADD VALUE commit before the value is used: keep it in this migration,\n"
                        + StatementRewrite.text(addStatement) + ";\n"
                        + "-- and move the statements that use the value to the next migration:\n"
                        + StatementRewrite.text(context.statement()) + ";");
    }
}
