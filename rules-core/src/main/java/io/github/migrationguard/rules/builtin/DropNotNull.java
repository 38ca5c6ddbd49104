package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
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

/** {@code ALTER COLUMN … DROP NOT NULL} on a table the running application reads. */
public final class DropNotNull implements Rule {

    static final RuleMeta META = RuleMeta.builder("drop-not-null")
            .title("DROP NOT NULL on an existing table")
            .category(Category.COMPATIBILITY)
            .severity(Severity.WARNING)
            .flags("`ALTER TABLE … ALTER COLUMN … DROP NOT NULL` on a table that was not created earlier in the same "
                    + "migration.")
            .why("The statement itself is quick (an ACCESS EXCLUSIVE lock, no scan), but it changes a promise the "
                    + "running code relies on: once new code or a backfill writes NULLs, application instances still "
                    + "on the old code (and reports, exports, consumers of a replication stream) that read the column "
                    + "as never null fail or compute wrong results. It also cannot be undone simply: `SET NOT NULL` "
                    + "later scans the table and fails on the NULLs written meanwhile.")
            .recipe("Release code that handles NULL in the column everywhere it is read (and mapped, e.g. a primitive "
                    + "`long` in a JPA entity becomes `Long`) before the migration that drops the constraint; then:\n\n"
                    + "```sql\nSET lock_timeout = '5s';\nALTER TABLE orders ALTER COLUMN shipped_at DROP NOT NULL;\n```\n\n"
                    + "Suppress the finding with the reason once the readers are ready.")
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
        List<String> columns = alter.actions().stream().filter(AlterAction.DropNotNull.class::isInstance)
                .map(a -> ((AlterAction.DropNotNull) a).column()).toList();
        if (columns.isEmpty()) {
            return;
        }
        String names = columns.stream().map(Describe::quoted).collect(Collectors.joining(", "));
        context.report("DROP NOT NULL on " + names + " of existing table " + Describe.quoted(alter.table())
                        + " lets NULLs in that the running application (old code, reports, consumers) may not expect "
                        + "when it reads the column; putting NOT NULL back later scans the table and fails on them.",
                "-- First release code that handles NULL in " + names + " wherever it is read, then:\n"
                        + "-- migration-guard:ignore drop-not-null -- readers handle NULL since <release>\n"
                        + columns.stream().map(c -> "ALTER TABLE " + alter.table().sql() + " ALTER COLUMN "
                        + QualifiedName.quote(c) + " DROP NOT NULL;").collect(Collectors.joining("\n")));
    }
}
