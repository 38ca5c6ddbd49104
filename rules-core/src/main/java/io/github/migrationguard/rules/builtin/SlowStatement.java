package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.schema.TableInfo;

import java.util.Locale;
import java.util.Optional;

/**
 * RULES.md's "slow statement": one that scans or rewrites an existing relation, builds an index on one,
 * or changes its data without a bound. Says what it does, for messages that name it.
 */
final class SlowStatement {

    private SlowStatement() {
    }

    /**
     * {@code CREATE INDEX … ON ONLY} builds nothing on a partitioned parent (the first step of the partitioned
     * recipe); on a table known to be an ordinary one ONLY changes nothing and the index is built.
     */
    static boolean onlyOnPartitionedParent(RuleContext context, Statement.CreateIndex index) {
        return index.only() && context.catalog().table(index.table()).filter(TableInfo::isKnownUnpartitioned).isEmpty();
    }

    /** What makes the current statement slow ("builds an index on \"orders\""), or empty when it is quick. */
    static Optional<String> why(RuleContext context) {
        Statement s = context.model();
        if (s instanceof Statement.CreateIndex i) {
            return existing(context, i.table()) && !onlyOnPartitionedParent(context, i)
                    ? Optional.of("builds an index on " + Describe.quoted(i.table())) : Optional.empty();
        }
        if (s instanceof Statement.Reindex r) {
            boolean fresh = r.name().isPresent() && (r.target() == Statement.Reindex.Target.INDEX
                    ? EarlierStatements.createdIndex(context, r.name().get())
                    : r.target() == Statement.Reindex.Target.TABLE && !existing(context, r.name().get()));
            return fresh ? Optional.empty() : Optional.of("rebuilds indexes");
        }
        if (s instanceof Statement.AlterTable a) {
            return existing(context, a.table()) ? alterTable(context, a) : Optional.empty();
        }
        if (s instanceof Statement.Update u) {
            return UnboundedChange.of(context, u.table(), u.table(), u.where())
                    ? Optional.of("updates rows of " + Describe.quoted(u.table()) + " without a bound") : Optional.empty();
        }
        if (s instanceof Statement.Delete d) {
            return UnboundedChange.of(context, d.table(), d.table(), d.where())
                    ? Optional.of("deletes rows of " + Describe.quoted(d.table()) + " without a bound") : Optional.empty();
        }
        if (s instanceof Statement.Insert i) {
            return UnboundedChange.sourceOf(context, i).isPresent()
                    ? Optional.of("copies rows into " + Describe.quoted(i.table()) + " from a query without a bound")
                    : Optional.empty();
        }
        if (s instanceof Statement.Cluster c) {
            return c.table().filter(t -> !existing(context, t)).isPresent() ? Optional.empty()
                    : Optional.of("rewrites " + c.table().map(Describe::quoted).orElse("every clustered table"));
        }
        if (s instanceof Statement.Vacuum v && v.full()) {
            return v.tables().isEmpty() || v.tables().stream().anyMatch(t -> existing(context, t))
                    ? Optional.of("rewrites tables (VACUUM FULL)") : Optional.empty();
        }
        if (s instanceof Statement.RefreshMaterializedView r && !r.withNoData()) {
            return existing(context, r.name())
                    ? Optional.of("runs the query of " + Describe.quoted(r.name())) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> alterTable(RuleContext context, Statement.AlterTable alter) {
        String table = Describe.quoted(alter.table());
        for (AlterAction action : alter.actions()) {
            Optional<String> why = action(context, action, table);
            if (why.isPresent()) {
                return why;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> action(RuleContext context, AlterAction action, String table) {
        if (action instanceof AlterAction.AddConstraint add) {
            return constraint(add.constraint(), table);
        }
        if (action instanceof AlterAction.ValidateConstraint) {
            return Optional.of("scans " + table + " to validate a constraint");
        }
        if (action instanceof AlterAction.SetNotNull) {
            return Optional.of("scans " + table + " to check for NULLs");
        }
        if (action instanceof AlterAction.AlterColumnType t) {
            TypeChange change = TypeChange.of(Optional.empty(), t.type(), t.using().isPresent(),
                    t.collation().isPresent(), context.pgVersion().atLeast(12));
            boolean mayBeFree = change.cost() == TypeChange.Cost.UNKNOWN_SOURCE && !change.explanation().isEmpty();
            return mayBeFree ? Optional.empty() : Optional.of("rewrites " + table + " to change a column's type");
        }
        if (action instanceof AlterAction.AddColumn add) {
            return addColumn(context, add.column(), table);
        }
        if (action instanceof AlterAction.AttachPartition attach) {
            return existing(context, attach.partition())
                    ? Optional.of("scans " + Describe.quoted(attach.partition()) + " to attach it") : Optional.empty();
        }
        if (action instanceof AlterAction.Other o && o.rewrites()) {
            return Optional.of("rewrites " + table + " (" + o.keywords() + ")");
        }
        return Optional.empty();
    }

    private static Optional<String> constraint(ConstraintDef constraint, String table) {
        switch (constraint.kind()) {
            case CHECK:
            case NOT_NULL:
            case FOREIGN_KEY:
                return constraint.notValid() ? Optional.empty()
                        : Optional.of("scans " + table + " to check a new constraint");
            case UNIQUE:
            case PRIMARY_KEY:
                return constraint.usingIndex().isPresent() ? Optional.empty()
                        : Optional.of("builds an index on " + table);
            case EXCLUDE:
                return Optional.of("builds an index on " + table);
            default:
                return Optional.empty();
        }
    }

    private static Optional<String> addColumn(RuleContext context, ColumnDef column, String table) {
        if (column.generated().isPresent()) {
            ColumnDef.Generated.Kind kind = column.generated().get().kind();
            return kind == ColumnDef.Generated.Kind.VIRTUAL ? Optional.empty()
                    : Optional.of("rewrites " + table + " to fill a new " + kind.name().toLowerCase(Locale.ROOT)
                    + " column");
        }
        return column.defaultExpr()
                .flatMap(d -> VolatileDefault.whyItRewrites(d, context.pgVersion().atLeast(11), context.catalog()))
                .map(reason -> "rewrites " + table + " to fill a new column's default");
    }

    private static boolean existing(RuleContext context, QualifiedName relation) {
        return context.catalog().isExisting(relation);
    }
}
