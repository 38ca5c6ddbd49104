package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

/** A column declared {@code json} where {@code jsonb} is what nearly everyone wants. */
public final class PreferJsonb implements Rule {

    static final RuleMeta META = RuleMeta.builder("prefer-jsonb")
            .title("json instead of jsonb")
            .category(Category.SCHEMA_DESIGN)
            .severity(Severity.WARNING)
            .flags("A column declared or retyped as `json` (arrays too), in `CREATE TABLE`, `ADD COLUMN` or "
                    + "`ALTER COLUMN … TYPE`, on new and existing tables alike, and a `CREATE DOMAIN` over it.")
            .why("`json` keeps the text as written and re-parses it on every access. It has no equality operator, so "
                    + "`DISTINCT`, `GROUP BY`, `UNION` and unique constraints on it fail, and it cannot be indexed with "
                    + "GIN. `jsonb` is parsed once, supports containment (`@>`) and key operators with GIN indexes, and "
                    + "compares by value.")
            .recipe("Declare `jsonb`:\n\n```sql\nALTER TABLE events ADD COLUMN payload jsonb;\n```\n\n"
                    + "Keep `json` only when the exact text (key order, duplicate keys, whitespace) must be preserved, "
                    + "and suppress with that reason. Converting an existing column (`TYPE jsonb USING payload::jsonb`) "
                    + "rewrites the table: see `change-column-type`.")
            .kinds(Statement.CreateTable.class, Statement.AlterTable.class, Statement.CreateDomain.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (DeclaredColumn column : DeclaredColumn.storedTypes(context.statement())) {
            if (column.type().name().equals("json")) {
                context.report(context.statement(), column.range(),
                        column.subject()
                                + " is `json`: it is re-parsed on every access, has no equality operator (DISTINCT, "
                                + "GROUP BY and unique constraints on it fail) and cannot be GIN-indexed; `jsonb` can.",
                        column.withType(DeclaredColumn.renamed(column.type(), "jsonb", false)));
            }
        }
    }
}
