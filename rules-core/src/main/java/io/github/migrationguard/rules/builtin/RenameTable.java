package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

import java.util.Locale;

/** {@code ALTER TABLE|VIEW … RENAME TO} on a relation the running application uses. */
public final class RenameTable implements Rule {

    static final RuleMeta META = RuleMeta.builder("rename-table")
            .title("RENAME TO on an existing table")
            .category(Category.COMPATIBILITY)
            .severity(Severity.WARNING)
            .flags("`ALTER TABLE|VIEW|MATERIALIZED VIEW|FOREIGN TABLE … RENAME TO` of a relation that was not created "
                    + "earlier in the same migration. A swap within one transaction (the old name renamed away, then "
                    + "another table renamed or created under it) keeps the name working and is not flagged.")
            .why("The rename is instant, but from its commit on, every application instance still running the old code "
                    + "fails on each query that names the old name, until all of them are replaced: during a rolling "
                    + "deploy that is always some of them. It takes an ACCESS EXCLUSIVE lock, queueing every read and "
                    + "write behind it while it waits.")
            .recipe("Rename, and keep the old name working with a view until no code uses it. A view over a single "
                    + "table with `SELECT *` is automatically updatable, so old code can still read and write through it:\n\n"
                    + "```sql\nALTER TABLE orders RENAME TO purchase_orders;\n"
                    + "CREATE VIEW orders AS SELECT * FROM purchase_orders;\n\n"
                    + "-- a later migration, once no code uses the old name\nDROP VIEW orders;\n```\n\n"
                    + "The view's column list is fixed when it is created: columns added to the table later do not appear "
                    + "in it.")
            .kinds(Statement.AlterTable.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable alter = (Statement.AlterTable) context.model();
        if (alter.kind() == RelationKind.INDEX || alter.kind() == RelationKind.SEQUENCE
                || !context.catalog().isExisting(alter.table())) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.RenameTable rename && !nameTakenBackLater(context, alter.table())
                    && !completesSwap(context, new QualifiedName(alter.table().schema(), rename.to()))) {
                report(context, alter, rename);
            }
        }
    }

    /**
     * A swap ({@code RENAME TO old}, then another relation renamed or created under the old name in the
     * same transaction) never leaves the old name missing: the application sees the new table at once.
     */
    private static boolean nameTakenBackLater(RuleContext context, QualifiedName old) {
        for (AnalyzedStatement later : SameTransaction.later(context)) {
            Statement model = later.model();
            if (model instanceof Statement.CreateTable create && create.name().sameObject(old)) {
                return true;
            }
            if (model instanceof Statement.Other other && other.command().startsWith("CREATE")
                    && other.command().contains("VIEW") && other.target().map(old::sameObject).orElse(false)) {
                return true;
            }
            if (model instanceof Statement.AlterTable a && a.actions().stream().anyMatch(action ->
                    action instanceof AlterAction.RenameTable r
                            && old.sameObject(new QualifiedName(a.table().schema(), r.to())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The second half of a swap: the name it takes was given up earlier in the same transaction, so the
     * renamed table is a shadow the application does not use by its own name.
     */
    private static boolean completesSwap(RuleContext context, QualifiedName target) {
        for (AnalyzedStatement earlier : SameTransaction.earlier(context)) {
            if (earlier.model() instanceof Statement.AlterTable a && a.table().sameObject(target)
                    && a.actions().stream().anyMatch(action -> action instanceof AlterAction.RenameTable)) {
                return true;
            }
            if (earlier.model() instanceof Statement.DropRelation d && d.names().stream().anyMatch(target::sameObject)) {
                return true;
            }
        }
        return false;
    }

    private static void report(RuleContext context, Statement.AlterTable alter, AlterAction.RenameTable rename) {
        LockMode lock = LockMode.ACCESS_EXCLUSIVE;
        QualifiedName old = alter.table();
        QualifiedName renamed = new QualifiedName(old.schema(), rename.to());
        String kind = alter.kind().sql();
        context.report(kind + " " + Describe.quoted(old) + " RENAME TO " + Describe.quoted(rename.to())
                        + ": application code still using the " + kind.toLowerCase(Locale.ROOT) + " by its old name fails "
                        + "from the moment it commits; it takes an " + lock.sqlName() + " lock, which blocks "
                        + lock.blocks() + " while it waits.",
                "-- Keep the old name working with a view until no code uses it:\n"
                        + context.statement().sql().text().strip() + ";\n"
                        + "CREATE VIEW " + old.sql() + " AS SELECT * FROM " + renamed.sql() + ";\n"
                        + "-- and in a later migration, once no code uses " + old.sql() + ":\n"
                        + "DROP VIEW " + old.sql() + ";");
    }
}
