package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.schema.TableInfo;

import java.util.Locale;
import java.util.Optional;

/** {@code RENAME COLUMN} on a relation the running application uses. */
public final class RenameColumn implements Rule {

    static final RuleMeta META = RuleMeta.builder("rename-column")
            .title("RENAME COLUMN on an existing table")
            .category(Category.COMPATIBILITY)
            .severity(Severity.WARNING)
            .flags("`ALTER TABLE|VIEW|MATERIALIZED VIEW … RENAME COLUMN` on a relation that was not created earlier in "
                    + "the same migration.")
            .why("The rename is instant, but from its commit on, every application instance still running the old code "
                    + "fails on each query that names the old column, until all of them are replaced: during a rolling "
                    + "deploy that is always some of them. It takes an ACCESS EXCLUSIVE lock, queueing every read and "
                    + "write behind it while it waits.")
            .recipe("Expand and contract over several releases:\n\n"
                    + "```sql\n-- 1. this migration: add the new column (same type as the old one)\n"
                    + "ALTER TABLE users ADD COLUMN email_address text;\n"
                    + "-- 2. release code that writes both columns and still reads the old one\n"
                    + "-- 3. backfill the rows written before, in batches (see unbatched-update)\n"
                    + "UPDATE users SET email_address = email WHERE id >= 1 AND id < 1001 AND email_address IS NULL;\n"
                    + "-- 4. release code that reads and writes only the new column\n"
                    + "-- 5. a later migration (see drop-column)\n"
                    + "ALTER TABLE users DROP COLUMN email;\n```\n\n"
                    + "If the application can stop using the column for a release, the short path is: release code "
                    + "that does not use it, rename, release code that uses the new name.")
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
            if (action instanceof AlterAction.RenameColumn rename) {
                report(context, alter, rename);
            }
        }
    }

    private static void report(RuleContext context, Statement.AlterTable alter, AlterAction.RenameColumn rename) {
        LockMode lock = LockMode.ACCESS_EXCLUSIVE;
        String table = alter.table().sql();
        String from = QualifiedName.quote(rename.from());
        String to = QualifiedName.quote(rename.to());
        Optional<TableInfo> known = context.catalog().table(alter.table());
        // ALTER TABLE … RENAME COLUMN works on views too: the catalog knows what the relation is
        RelationKind kind = known.map(TableInfo::kind).orElse(alter.kind());
        String type = known.flatMap(t -> t.column(rename.from())).map(c -> c.type().text())
                .orElse("<type of " + from + ">");
        context.report("RENAME COLUMN " + Describe.quoted(rename.from()) + " TO " + Describe.quoted(rename.to())
                        + " on existing " + kind.sql().toLowerCase(Locale.ROOT) + " "
                        + Describe.quoted(alter.table()) + ": application code still using "
                        + Describe.quoted(rename.from()) + " fails from the moment it commits; it takes an "
                        + lock.sqlName() + " lock, which blocks " + lock.blocks() + " while it waits.",
                kind == RelationKind.VIEW ? viewFix(table, from, to)
                        : kind == RelationKind.MATERIALIZED_VIEW ? materializedViewFix(alter.table(), from, to)
                        : "-- Expand and contract instead of renaming in place:\n"
                        + "-- 1. this migration: the new column, same type as " + from + "\n"
                        + "ALTER TABLE " + table + " ADD COLUMN " + to + " " + type + ";\n"
                        + "-- 2. release code that writes both " + from + " and " + to + " and reads " + from + "\n"
                        + "-- 3. backfill in batches, outside the migration's transaction (see unbatched-update):\n"
                        + BatchedRewrite.backfillBatch(alter.table(), to + " = " + from, to + " IS NULL AND " + from
                        + " IS NOT NULL", known.flatMap(TableKey::of)) + "\n"
                        + "-- 4. release code that reads and writes only " + to + "\n"
                        + "-- 5. a later migration:\n"
                        + "ALTER TABLE " + table + " DROP COLUMN " + from + ";");
    }

    /** A view holds no data: it can show the column under both names for a release (added columns go last). */
    private static String viewFix(String view, String from, String to) {
        return "-- A view holds no data: show the column under both names for a release instead of renaming it.\n"
                + "-- 1. this migration: the view's query as it is, with the new name added at the end of its select list\n"
                + "--    (CREATE OR REPLACE VIEW may add columns only at the end):\n"
                + "CREATE OR REPLACE VIEW " + view + " AS SELECT <its columns as today>, " + from + " AS " + to
                + " FROM <its FROM and WHERE as today>;\n"
                + "-- 2. release code that reads " + to + "\n"
                + "-- 3. a later migration: recreate the view without " + from + " (DROP VIEW, then CREATE VIEW).";
    }

    /** A materialized view cannot gain a column: a second one with the new name, then a swap. */
    private static String materializedViewFix(QualifiedName view, String from, String to) {
        String next = new QualifiedName(view.schema(), view.name() + "_next").sql();
        return "-- A materialized view cannot gain a column in place: build one with the new name beside it.\n"
                + "-- 1. this migration: its query as it is, with " + from + " also selected as " + to + "\n"
                + "CREATE MATERIALIZED VIEW " + next + " AS SELECT <its columns as today>, " + from + " AS " + to
                + " FROM <its FROM and WHERE as today>;\n"
                + "-- (and the same indexes, built CONCURRENTLY if it must stay readable)\n"
                + "-- 2. release code that reads " + next + "\n"
                + "-- 3. a later migration: DROP MATERIALIZED VIEW " + view.sql() + ";";
    }
}
