package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.DataType;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

import java.util.Locale;

/** A column declared {@code char(n)} / {@code character(n)}: blank-padded, with surprises in comparisons. */
public final class BanChar implements Rule {

    static final RuleMeta META = RuleMeta.builder("ban-char")
            .title("char(n) column")
            .category(Category.SCHEMA_DESIGN)
            .severity(Severity.WARNING)
            .flags("A column declared or retyped as `char`, `char(n)`, `character(n)`, `nchar(n)` or `bpchar` "
                    + "(arrays too), in `CREATE TABLE`, `ADD COLUMN` or `ALTER COLUMN … TYPE`, on new and existing "
                    + "tables alike, and a `CREATE DOMAIN` over it. The "
                    + "internal single-byte type `\"char\"` (quoted) is not flagged.")
            .why("`char(n)` pads every value with blanks to `n` characters. The padding is ignored when comparing two "
                    + "`char` values but kept when a value is cast to `text` or compared with `LIKE`, so `'ab'` and "
                    + "`'ab  '` are equal in one query and different in the next. It is not faster than `text` or "
                    + "`varchar` (PostgreSQL stores all three the same way) and wastes the padding. `char` without a "
                    + "length means `char(1)`; `bpchar` without a length takes any length, its trailing blanks "
                    + "insignificant.")
            .recipe("Use `text`, or `varchar(n)` when the length limit is part of the data's meaning (a `CHECK` with "
                    + "`length()` works as well and is easier to change):\n\n"
                    + "```sql\nALTER TABLE countries ADD COLUMN iso_code varchar(2) NOT NULL;\n-- or\n"
                    + "ALTER TABLE countries ADD COLUMN iso_code text NOT NULL CHECK (length(iso_code) = 2);\n```")
            .kinds(Statement.CreateTable.class, Statement.AlterTable.class, Statement.CreateDomain.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (DeclaredColumn column : DeclaredColumn.storedTypes(context.statement())) {
            DataType type = column.type();
            // "char" in quotes is PostgreSQL's internal one-byte type, not the padded character type
            if (type.name().equals("char") && !type.text().startsWith("\"")) {
                if (type.modifiers().isEmpty() && bareBpchar(type)) {
                    // bpchar without a length is not char(1): any length, trailing blanks insignificant
                    context.report(context.statement(), column.range(),
                            column.subject()
                                    + " is `" + type.text() + "`: without a length it takes values of any length, but "
                                    + "trailing blanks are insignificant when comparing them and dropped when casting "
                                    + "to text; it is no faster than varchar or text.",
                            column.withType(DeclaredColumn.renamed(type, "text", false)));
                    continue;
                }
                String length = type.modifiers().isEmpty() ? "1" : type.modifiers().get(0).strip();
                context.report(context.statement(), column.range(),
                        column.subject()
                                + " is `" + type.text() + "`: values are blank-padded to " + length + " character"
                                + (length.equals("1") ? "" : "s") + ", and the padding counts in some comparisons "
                                + "(LIKE, casts to text) but not in others; it is no faster than varchar or text.",
                        column.withType(type.modifiers().isEmpty()
                                ? "varchar(1)" + "[]".repeat(type.arrayDims())
                                : DeclaredColumn.renamed(type, "varchar", true)));
            }
        }
    }

    /** {@code bpchar} (or {@code pg_catalog.bpchar}) as written, rather than {@code char}/{@code character}. */
    private static boolean bareBpchar(DataType type) {
        String written = type.text().toLowerCase(Locale.ROOT).replace("pg_catalog.", "");
        return written.startsWith("bpchar");
    }
}
