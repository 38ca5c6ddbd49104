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

import java.util.List;
import java.util.stream.Collectors;

/** {@code ALTER TABLE … DROP COLUMN} on a table that may hold data and serve the running application. */
public final class DropColumn implements Rule {

    static final RuleMeta META = RuleMeta.builder("drop-column")
            .title("DROP COLUMN on an existing table")
            .category(Category.COMPATIBILITY)
            .severity(Severity.ERROR)
            .flags("`ALTER TABLE … DROP COLUMN` on a table that was not created earlier in the same migration.")
            .why("The column's data is gone for good. Application instances still running the old code fail on every "
                    + "query that names the column (ORMs that list every mapped column fail on all of them). Indexes and "
                    + "constraints on the column are dropped with it, silently, and with `CASCADE` also the views that "
                    + "use it. The drop itself is quick (no rewrite) but takes an ACCESS EXCLUSIVE lock, queueing every "
                    + "read and write behind it while it waits.")
            .recipe("Contract in two releases: first release code that no longer reads or writes the column (for JPA "
                    + "entities: remove the field), then drop it in a later migration. Keep its data if you may need it:\n\n"
                    + "```sql\n-- release N+1, after the code stopped using the column\n"
                    + "CREATE TABLE users_phone_backup AS SELECT id, phone FROM users;  -- optional\n"
                    + "ALTER TABLE users DROP COLUMN IF EXISTS phone;\n```")
            .kinds(Statement.AlterTable.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable alter = (Statement.AlterTable) context.model();
        if (alter.kind() != RelationKind.TABLE || !context.catalog().isExisting(alter.table())) {
            return;
        }
        List<AlterAction.DropColumn> drops = alter.actions().stream()
                .filter(AlterAction.DropColumn.class::isInstance).map(AlterAction.DropColumn.class::cast).toList();
        if (drops.isEmpty()) {
            return;
        }
        String columns = drops.stream().map(d -> Describe.quoted(d.column())).collect(Collectors.joining(", "));
        boolean cascade = drops.stream().anyMatch(AlterAction.DropColumn::cascade);
        LockMode lock = LockMode.ACCESS_EXCLUSIVE;
        String table = alter.table().sql();
        context.report("DROP COLUMN " + columns + " on existing table " + Describe.quoted(alter.table())
                        + " deletes the column's data for good, breaks application code that still reads or writes it, "
                        + "and silently drops the indexes and constraints on it"
                        + (cascade ? " (CASCADE: and every view and foreign key that depends on it)" : "")
                        + "; it takes an " + lock.sqlName() + " lock, which blocks " + lock.blocks()
                        + " while it waits (no rewrite).",
                "-- First release code that no longer reads or writes " + columns + ", then, in a later migration:\n"
                        + drops.stream().map(d -> "ALTER TABLE " + table + " DROP COLUMN IF EXISTS "
                                + QualifiedName.quote(d.column()) + ";").collect(Collectors.joining("\n")));
    }
}
