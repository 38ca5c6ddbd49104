package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

/** A column declared {@code money}: its scale and formatting follow the server's locale. */
public final class BanMoney implements Rule {

    static final RuleMeta META = RuleMeta.builder("ban-money")
            .title("money column")
            .category(Category.SCHEMA_DESIGN)
            .severity(Severity.WARNING)
            .flags("A column declared or retyped as `money` (arrays too), in `CREATE TABLE`, `ADD COLUMN` or "
                    + "`ALTER COLUMN … TYPE`, on new and existing tables alike, and a `CREATE DOMAIN` over it.")
            .why("`money` has a fixed number of fractional digits taken from the database's `lc_monetary` setting, "
                    + "and it reads and prints values with that locale's currency symbol and separators: a dump "
                    + "restored on a server with another locale reads the amounts differently, and currencies with "
                    + "three decimals or none do not fit. It holds no currency, and division and rounding are awkward.")
            .recipe("Use `numeric` with an explicit scale, or an integer count of minor units (cents), with the "
                    + "currency in a column of its own when there can be several:\n\n"
                    + "```sql\nCREATE TABLE invoices (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                    + "  amount numeric(19, 4) NOT NULL,\n  currency text NOT NULL CHECK (length(currency) = 3)\n);\n```")
            .kinds(Statement.CreateTable.class, Statement.AlterTable.class, Statement.CreateDomain.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (DeclaredColumn column : DeclaredColumn.storedTypes(context.statement())) {
            if (column.type().name().equals("money")) {
                context.report(context.statement(), column.range(),
                        column.subject()
                                + " is `money`: its scale and the way it is read and printed follow the server's "
                                + "lc_monetary locale, so amounts change meaning on a server with another locale.",
                        "-- numeric with an explicit scale (or bigint minor units, e.g. cents):\n"
                                + column.withType(DeclaredColumn.renamed(column.type(), "numeric(19, 4)", false)));
            }
        }
    }
}
