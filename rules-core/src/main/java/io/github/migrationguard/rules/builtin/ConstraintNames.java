package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.RuleContext;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Constraint names and {@code NOT VALID} rewrites for the two-step constraint recipes. */
final class ConstraintNames {

    private ConstraintNames() {
    }

    /** The name PostgreSQL picks for an unnamed constraint: {@code orders_customer_id_fkey}, {@code orders_check}. */
    static String of(QualifiedName table, List<String> columns, String suffix) {
        return table.name() + (columns.isEmpty() ? "" : "_" + String.join("_", columns)) + "_" + suffix;
    }

    /** A constraint the statement adds, with the name it has or will be given. */
    record Named(ConstraintDef constraint, String name) {
    }

    /**
     * The statement with {@code NOT VALID} added to each of {@code constraints} and each named, so they can be
     * validated by name. The statement keeps its own text (and so its ON DELETE, DEFERRABLE, … and its other
     * actions, such as the DROP CONSTRAINT that often comes first); only when a clause cannot be found are the
     * constraints written out alone.
     */
    static String notValid(RuleContext context, Statement.AlterTable alter, List<Named> constraints) {
        if (alter.actions().size() > 1) {
            Optional<String> inPlace = AlterClauses.addNotValid(context.statement().sql(), constraints);
            if (inPlace.isPresent()) {
                return inPlace.get();
            }
        } else if (constraints.size() == 1) {
            Named only = constraints.get(0);
            String withName = only.constraint().name().isPresent() ? StatementRewrite.text(context.statement())
                    : StatementRewrite.insertAfter(context.statement().sql(), "ADD", "CONSTRAINT "
                    + QualifiedName.quote(only.name())).orElse(StatementRewrite.text(context.statement()));
            return withName + " NOT VALID";
        }
        return constraints.stream().map(c -> "ALTER TABLE " + alter.table().sql() + " ADD CONSTRAINT "
                + QualifiedName.quote(c.name()) + " " + body(c.constraint()) + " NOT VALID").collect(Collectors.joining(";\n"));
    }

    /** {@code ALTER TABLE t VALIDATE CONSTRAINT c;} for each, after the note that it belongs in a later transaction. */
    static String validateLater(Statement.AlterTable alter, List<Named> constraints) {
        return "-- in a later transaction (SHARE UPDATE EXCLUSIVE: reads and writes go on):\n"
                + constraints.stream().map(c -> "ALTER TABLE " + alter.table().sql() + " VALIDATE CONSTRAINT "
                + QualifiedName.quote(c.name()) + ";").collect(Collectors.joining("\n"));
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
