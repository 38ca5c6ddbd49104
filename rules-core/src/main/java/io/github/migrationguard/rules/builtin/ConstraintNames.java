package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.RuleContext;

import java.util.List;
import java.util.Optional;

/** Constraint names and {@code NOT VALID} rewrites for the two-step constraint recipes. */
final class ConstraintNames {

    private ConstraintNames() {
    }

    /** The name PostgreSQL picks for an unnamed constraint: {@code orders_customer_id_fkey}, {@code orders_check}. */
    static String of(QualifiedName table, List<String> columns, String suffix) {
        return table.name() + (columns.isEmpty() ? "" : "_" + String.join("_", columns)) + "_" + suffix;
    }

    /**
     * The statement with {@code NOT VALID} added and the constraint named, so it can be validated by name.
     * The statement keeps its own text (and so its ON DELETE, DEFERRABLE, … and its other actions, such as
     * the DROP CONSTRAINT that often comes first); only when its clause cannot be found is the constraint
     * written out alone.
     */
    static String notValid(RuleContext context, Statement.AlterTable alter, ConstraintDef constraint, String name) {
        if (alter.actions().size() > 1) {
            Optional<String> inPlace = AlterClauses.addNotValid(context.statement().sql(), constraint, name);
            if (inPlace.isPresent()) {
                return inPlace.get();
            }
        } else {
            String withName = constraint.name().isPresent() ? StatementRewrite.text(context.statement())
                    : StatementRewrite.insertAfter(context.statement().sql(), "ADD", "CONSTRAINT " + QualifiedName.quote(name))
                    .orElse(StatementRewrite.text(context.statement()));
            return withName + " NOT VALID";
        }
        return "ALTER TABLE " + alter.table().sql() + " ADD CONSTRAINT " + QualifiedName.quote(name) + " "
                + body(constraint) + " NOT VALID";
    }

    private static String body(ConstraintDef constraint) {
        switch (constraint.kind()) {
            case CHECK:
                return "CHECK (" + constraint.check().map(Object::toString).orElse("…") + ")";
            case FOREIGN_KEY:
                return "FOREIGN KEY (" + String.join(", ", constraint.columns()) + ") REFERENCES "
                        + constraint.references().map(r -> r.table().sql()
                        + (r.columns().isEmpty() ? "" : " (" + String.join(", ", r.columns()) + ")")).orElse("…");
            default:
                return constraint.kind().name().replace('_', ' ');
        }
    }
}
