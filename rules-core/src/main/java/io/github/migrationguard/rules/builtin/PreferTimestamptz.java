package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

/** A column declared {@code timestamp} (without time zone): values that do not say which instant they mean. */
public final class PreferTimestamptz implements Rule {

    static final RuleMeta META = RuleMeta.builder("prefer-timestamptz")
            .title("timestamp without time zone")
            .category(Category.SCHEMA_DESIGN)
            .severity(Severity.WARNING)
            .flags("A column declared or retyped as `timestamp` / `timestamp without time zone` (arrays too), in "
                    + "`CREATE TABLE`, `ADD COLUMN` or `ALTER COLUMN … TYPE`, on new and existing tables alike, and a "
                    + "`CREATE DOMAIN` over it.")
            .why("A `timestamp` stores a wall-clock reading with no zone, so the same value means different instants "
                    + "to sessions, servers and drivers with different time zones, and daylight-saving changes make "
                    + "some values ambiguous or impossible. `now()` is converted to the session's zone when stored, "
                    + "silently. `timestamptz` stores an instant (as UTC) and converts it on output: it costs the same "
                    + "8 bytes.")
            .recipe("Declare `timestamptz` (precision kept):\n\n"
                    + "```sql\nCREATE TABLE orders (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                    + "  created_at timestamptz NOT NULL DEFAULT now()\n);\n```\n\n"
                    + "To convert an existing column, mind that `ALTER COLUMN … TYPE timestamptz` rewrites the table "
                    + "under an ACCESS EXCLUSIVE lock unless the session time zone is UTC (PostgreSQL 12+), and always "
                    + "rebuilds the indexes on the column: see `change-column-type`. If the column really holds a local "
                    + "wall-clock time (an opening hour, a birthday at midnight), keep `timestamp` and suppress with "
                    + "the reason.")
            .kinds(Statement.CreateTable.class, Statement.AlterTable.class, Statement.CreateDomain.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (DeclaredColumn column : DeclaredColumn.storedTypes(context.statement())) {
            if (column.type().name().equals("timestamp")) {
                context.report(context.statement(), column.range(),
                        column.subject()
                                + " is `" + column.type().text() + "`, a time without a zone: the same value means "
                                + "different instants to clients in different time zones, and DST changes make some "
                                + "values ambiguous. `timestamptz` stores the instant, in the same 8 bytes.",
                        column.withType(DeclaredColumn.renamed(column.type(), "timestamptz", true)));
            }
        }
    }
}
