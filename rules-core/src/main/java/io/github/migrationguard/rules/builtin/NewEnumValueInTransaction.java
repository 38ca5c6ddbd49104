package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.schema.ColumnRef;
import io.github.migrationguard.schema.TableInfo;
import io.github.migrationguard.sql.Token;
import io.github.migrationguard.sql.TokenType;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A value added by {@code ALTER TYPE … ADD VALUE} used later in the same transaction (PostgreSQL 12+):
 * PostgreSQL refuses it until the transaction that added it commits. Before 12, {@code ADD VALUE} cannot
 * run in a transaction at all, which is {@code concurrently-in-transaction}'s finding.
 *
 * <p>A use is a string literal equal to the new value in a later statement of the transaction (or in the body of a
 * SQL function it creates), where it can become a value of the type: not in a comment or grant, and not in a data
 * change on a table the catalog knows to have no column of the type when the statement names neither the type nor
 * such a column.
 */
public final class NewEnumValueInTransaction implements Rule {

    static final RuleMeta META = RuleMeta.builder("new-enum-value-in-transaction")
            .title("New enum value used in the transaction that added it")
            .category(Category.TRANSACTIONS)
            .severity(Severity.ERROR)
            .flags("On PostgreSQL 12 and later, a statement that uses (as a string literal) a value that "
                    + "`ALTER TYPE … ADD VALUE` added earlier in the same transaction, unless the enum type itself was "
                    + "created in that transaction: in `INSERT`/`UPDATE`/`DELETE`, a `DEFAULT`, a `CHECK`, an index "
                    + "predicate, a view, a domain, a cast (`'x'::mood`), or the body of a `LANGUAGE sql` function "
                    + "(parsed when it is created; PL/pgSQL bodies are not). Not flagged: comments, grants, "
                    + "`RENAME VALUE`, and data changes on a table the migrations show has no column of the type when "
                    + "the statement names neither the type nor such a column. Before 12, `ADD VALUE` inside a "
                    + "transaction block is reported by `concurrently-in-transaction`.")
            .why("A new enum value cannot be used until the transaction that added it commits: the migration fails with "
                    + "`ERROR: unsafe use of new value \"…\" of enum type …` (HINT: New enum values must be committed "
                    + "before they can be used). Flyway runs a whole migration in one transaction by default, so adding "
                    + "a value and using it in the same migration fails.")
            .recipe("Add the value in one migration and use it in a later one:\n\n"
                    + "```sql\n-- V10__order_status_refunded.sql\nALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';\n\n"
                    + "-- V11__mark_refunds.sql\nUPDATE orders SET status = 'refunded' WHERE id IN (SELECT order_id FROM refunds);\n```")
            .kinds(Statement.Update.class, Statement.Insert.class, Statement.Delete.class, Statement.AlterTable.class,
                    Statement.CreateTable.class, Statement.CreateIndex.class, Statement.CreateDomain.class,
                    Statement.AlterDomain.class, Statement.CreateRoutine.class, Statement.Other.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    /**
     * Commands that never turn a string into an enum value: comments, grants, notifications, and
     * {@code ALTER TYPE … RENAME VALUE}, which finds the label in the catalog.
     */
    private static final Set<String> NEVER_CONVERT = Set.of("COMMENT ON", "GRANT", "REVOKE", "SECURITY LABEL", "NOTIFY",
            "ALTER TYPE");

    @Override
    public void check(RuleContext context) {
        if (!context.pgVersion().atLeast(12) || neverConverts(context.model())) {
            return;
        }
        for (AnalyzedStatement earlier : SameTransaction.earlier(context, Statement.AlterTypeAddValue.class)) {
            Statement.AlterTypeAddValue add = (Statement.AlterTypeAddValue) earlier.model();
            if (!createdIn(SameTransaction.earlier(context, Statement.CreateEnumType.class), add.type())
                    && uses(context, add)) {
                report(context, earlier, add);
                return;
            }
        }
    }

    /**
     * Only a SQL-language routine has its body parsed (and its constants converted) when it is created; a
     * PL/pgSQL body is read at its first call.
     */
    private static boolean neverConverts(Statement model) {
        if (model instanceof Statement.Other o) {
            return NEVER_CONVERT.contains(o.command());
        }
        return model instanceof Statement.CreateRoutine r && !r.language().equalsIgnoreCase("sql");
    }

    /** The statement (or its SQL body) has the value as a literal, where it can become a value of the type. */
    private static boolean uses(RuleContext context, Statement.AlterTypeAddValue add) {
        AnalyzedStatement statement = context.statement();
        boolean literal = literal(statement, add.value()).isPresent()
                || (statement.model() instanceof Statement.CreateRoutine && context.statements().stream()
                .anyMatch(s -> s.parent() == statement.index() && literal(s, add.value()).isPresent()));
        return literal && mayReachType(context, add.type());
    }

    /**
     * A data change on a table the catalog knows fully converts a string to the enum only through a column that
     * holds the type (its own, or one it reads by name) or a cast to the type: {@code INSERT INTO labels VALUES
     * ('refunded', …)} into text columns does not. Anything else may.
     */
    private static boolean mayReachType(RuleContext context, QualifiedName type) {
        Statement model = context.model();
        QualifiedName target = model instanceof Statement.Insert i ? i.table()
                : model instanceof Statement.Update u ? u.table()
                : model instanceof Statement.Delete d ? d.table() : null;
        Optional<TableInfo> table = target == null ? Optional.empty() : context.catalog().table(target);
        if (table.isEmpty() || !table.get().complete()) {
            return true;
        }
        List<ColumnRef> holding = context.catalog().columnsHolding(type);
        if (holding.stream().anyMatch(c -> c.table().sameObject(table.get().name()))) {
            return true;
        }
        Set<String> names = new HashSet<>();
        names.add(type.name());
        context.catalog().domainsOver(type).forEach(d -> names.add(d.name()));
        holding.forEach(c -> names.add(c.column()));
        return context.statement().sql().tokens().stream().anyMatch(t -> t.isIdentifier() && names.contains(t.value()));
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
