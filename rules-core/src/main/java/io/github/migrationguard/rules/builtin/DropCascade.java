package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;

import java.util.List;
import java.util.Optional;

/** {@code DROP … CASCADE}: whatever depends on the object is dropped too, without being named. */
public final class DropCascade implements Rule {

    static final RuleMeta META = RuleMeta.builder("drop-cascade")
            .title("DROP … CASCADE")
            .category(Category.COMPATIBILITY)
            .severity(Severity.WARNING)
            .flags("`DROP TABLE|VIEW|MATERIALIZED VIEW|INDEX|SCHEMA|TYPE|FUNCTION|… CASCADE`, and "
                    + "`ALTER TABLE … DROP COLUMN|CONSTRAINT … CASCADE`. Objects created earlier in the same migration "
                    + "are not flagged.")
            .why("`CASCADE` drops every object that depends on the one named: views and materialized views over it, "
                    + "foreign keys of other tables that reference it, functions and columns using a type, defaults "
                    + "using a sequence. None of them appear in the migration, so a review cannot see what goes, the "
                    + "application breaks where it used them, and recreating them needs definitions nobody kept. "
                    + "Without `CASCADE` (`RESTRICT`, the default) PostgreSQL refuses and lists the dependents.")
            .recipe("Drop without `CASCADE`; if it fails, PostgreSQL lists the dependents: drop or change each of "
                    + "them explicitly, in the migration, before the object itself:\n\n"
                    + "```sql\nDROP VIEW IF EXISTS customer_order_summary;\n"
                    + "ALTER TABLE invoices DROP CONSTRAINT IF EXISTS invoices_customer_id_fkey;\n"
                    + "DROP TABLE customers_legacy;\n```")
            .kinds(Statement.DropRelation.class, Statement.DropObject.class, Statement.DropIndex.class,
                    Statement.AlterTable.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        cascadingDrop(context).ifPresent(what -> context.report(
                what + " with CASCADE also drops every object that depends on it (views, foreign keys of other "
                        + "tables, functions, defaults) without naming them: the application breaks where it used "
                        + "them, and nobody reviewed what went.",
                "-- Without CASCADE, PostgreSQL refuses and lists the dependents: drop or change each of them "
                        + "explicitly first, then:\n" + withoutCascade(context.statement().sql()) + ";"));
    }

    /** What the statement drops with CASCADE, for the message; empty when it does not or drops only new objects. */
    private static Optional<String> cascadingDrop(RuleContext context) {
        Statement model = context.model();
        if (model instanceof Statement.DropRelation d && d.cascade()) {
            List<QualifiedName> existing = d.names().stream().filter(context.catalog()::isExisting).toList();
            return existing.isEmpty() ? Optional.empty()
                    : Optional.of("DROP " + d.kind().sql() + " " + Describe.quoted(existing));
        }
        if (model instanceof Statement.DropIndex d && d.cascade()) {
            List<QualifiedName> existing = d.names().stream()
                    .filter(n -> !EarlierStatements.createdIndex(context, n)).toList();
            return existing.isEmpty() ? Optional.empty() : Optional.of("DROP INDEX " + Describe.quoted(existing));
        }
        if (model instanceof Statement.DropObject d && d.cascade()) {
            List<QualifiedName> existing = d.names().stream()
                    .filter(n -> !EarlierStatements.createdObject(context, d.kind(), n)).toList();
            return existing.isEmpty() ? Optional.empty() : Optional.of("DROP " + d.kind() + " " + Describe.quoted(existing));
        }
        if (model instanceof Statement.AlterTable a && context.catalog().isExisting(a.table())) {
            for (AlterAction action : a.actions()) {
                if (action instanceof AlterAction.DropColumn c && c.cascade()) {
                    return Optional.of("DROP COLUMN " + Describe.quoted(c.column()) + " of "
                            + Describe.quoted(a.table()));
                }
                if (action instanceof AlterAction.DropConstraint c && c.cascade()) {
                    return Optional.of("DROP CONSTRAINT " + Describe.quoted(c.name()) + " of "
                            + Describe.quoted(a.table()));
                }
            }
        }
        return Optional.empty();
    }

    /** The statement as written minus every {@code CASCADE} keyword outside parentheses. */
    static String withoutCascade(SqlStatement sql) {
        String text = sql.text();
        List<Token> tokens = sql.tokens();
        if (tokens.isEmpty()) {
            return text.strip();
        }
        int base = tokens.get(0).offset();
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int depth = 0;
        for (Token t : tokens) {
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && t.is("CASCADE")) {
                int at = t.offset() - base;
                if (at < copied || at + t.text().length() > text.length()) {
                    return text.strip();
                }
                out.append(text.substring(copied, at).stripTrailing());
                copied = at + t.text().length();
            }
        }
        return out.append(text.substring(copied)).toString().strip();
    }
}
