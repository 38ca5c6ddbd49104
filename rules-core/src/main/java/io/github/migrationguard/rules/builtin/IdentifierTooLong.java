package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.sql.SourceRange;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;
import io.github.migrationguard.sql.TokenType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A name longer than PostgreSQL keeps: it is cut to 63 bytes with only a NOTICE. */
public final class IdentifierTooLong implements Rule {

    /** NAMEDATALEN - 1 in a default PostgreSQL build. */
    static final int MAX_BYTES = 63;

    static final RuleMeta META = RuleMeta.builder("identifier-too-long")
            .title("Identifier longer than 63 bytes")
            .category(Category.SCHEMA_DESIGN)
            .severity(Severity.ERROR)
            .flags("A name the statement gives to something it creates or renames (table, column, index, "
                    + "constraint, view, sequence, type, domain, schema, trigger, policy, function, …) that is longer "
                    + "than 63 bytes in UTF-8; non-ASCII letters take two or more bytes each, and PostgreSQL never "
                    + "cuts one in half. Names a statement only refers to are not flagged: they are cut the same way.")
            .why("PostgreSQL silently truncates identifiers to 63 bytes (it only raises a NOTICE, which migration "
                    + "runners do not show). The object then has another name than the one the code, the ORM mapping "
                    + "and later migrations use, so they fail with \"does not exist\"; and two long names that share "
                    + "their first 63 bytes collide (\"already exists\"), or a later `IF NOT EXISTS` silently skips "
                    + "the second object.")
            .recipe("Choose a name of at most 63 bytes, and use the same name wherever it is referenced:\n\n"
                    + "```sql\nCREATE INDEX idx_orders_customer_created ON orders (customer_id, created_at);\n```")
            .kinds(Statement.CreateTable.class, Statement.AlterTable.class, Statement.CreateIndex.class,
                    Statement.AlterIndex.class, Statement.CreateRoutine.class, Statement.CreateEnumType.class,
                    Statement.CreateDomain.class, Statement.Other.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (String name : created(context.statement())) {
            if (bytes(name) <= MAX_BYTES) {
                continue;
            }
            String kept = truncate(name);
            context.report(context.statement(), rangeOf(context, name),
                    "Name " + Describe.quoted(name) + " is " + bytes(name) + " bytes long: PostgreSQL cuts it to "
                            + "its first " + bytes(kept) + " bytes, " + Describe.quoted(kept) + ", with only a "
                            + "NOTICE, so code and later migrations that use the full name fail, and another long "
                            + "name with the same start collides with it.",
                    "-- A name of at most " + MAX_BYTES + " bytes, used everywhere the object is referenced, e.g. "
                            + "the one PostgreSQL would keep:\n" + renamed(context, name, kept));
        }
    }

    /** The names a statement creates or renames to. */
    static Set<String> created(AnalyzedStatement statement) {
        Statement model = statement.model();
        Set<String> names = new LinkedHashSet<>();
        if (model instanceof Statement.CreateTable t) {
            names.add(t.name().name());
            t.columns().forEach(c -> column(c, names));
            t.constraints().forEach(c -> constraint(c, names));
        } else if (model instanceof Statement.AlterTable a) {
            for (AlterAction action : a.actions()) {
                if (action instanceof AlterAction.AddColumn c) {
                    column(c.column(), names);
                } else if (action instanceof AlterAction.AddConstraint c) {
                    constraint(c.constraint(), names);
                } else if (action instanceof AlterAction.RenameColumn r) {
                    names.add(r.to());
                } else if (action instanceof AlterAction.RenameConstraint r) {
                    names.add(r.to());
                } else if (action instanceof AlterAction.RenameTable r) {
                    names.add(r.to());
                }
            }
        } else if (model instanceof Statement.CreateIndex i) {
            i.name().ifPresent(names::add);
        } else if (model instanceof Statement.AlterIndex i && i.keywords().startsWith("RENAME")) {
            i.argument().ifPresent(names::add);
        } else if (model instanceof Statement.CreateRoutine r) {
            names.add(r.name().name());
        } else if (model instanceof Statement.CreateEnumType e) {
            names.add(e.name().name());
        } else if (model instanceof Statement.CreateDomain d) {
            names.add(d.name().name());
        } else if (model instanceof Statement.Other o && NAMED_CREATES.contains(o.command())) {
            // the target of CREATE TRIGGER/POLICY/RULE is the table; the name created follows the kind
            nameAfter(statement.sql().tokens(), o.command().split(" ").length).ifPresent(names::add);
        } else if (model instanceof Statement.Other o && o.command().startsWith("ALTER ")) {
            renamedTo(statement.sql()).ifPresent(names::add);
        }
        return names;
    }

    /** {@code CREATE <kind> [IF NOT EXISTS] name}: the kinds whose name comes right after the kind words. */
    private static final Set<String> NAMED_CREATES = Set.of("CREATE SCHEMA", "CREATE TYPE", "CREATE TRIGGER",
            "CREATE EVENT TRIGGER", "CREATE POLICY", "CREATE RULE", "CREATE STATISTICS", "CREATE SEQUENCE",
            "CREATE VIEW", "CREATE MATERIALIZED VIEW", "CREATE FOREIGN TABLE", "CREATE COLLATION", "CREATE CONVERSION",
            "CREATE PUBLICATION", "CREATE SUBSCRIPTION", "CREATE SERVER", "CREATE TEXT SEARCH CONFIGURATION",
            "CREATE TEXT SEARCH DICTIONARY", "CREATE ROLE", "CREATE USER", "CREATE GROUP");

    /** Words of a CREATE that may stand between CREATE and the kind ({@code OR REPLACE}, {@code TEMP}, …). */
    private static final Set<String> CREATE_MODIFIERS = Set.of("or", "replace", "temp", "temporary", "unlogged",
            "global", "local", "recursive", "constraint", "default", "trusted", "procedural");

    /** The last part of the name after {@code CREATE [modifiers] <kind words> [IF NOT EXISTS]}. */
    private static Optional<String> nameAfter(List<Token> tokens, int commandWords) {
        int i = 1;
        while (i < tokens.size() && tokens.get(i).type() == TokenType.WORD && CREATE_MODIFIERS.contains(tokens.get(i).value())) {
            i++;
        }
        i += commandWords - 1;
        if (i + 2 < tokens.size() && tokens.get(i).is("IF") && tokens.get(i + 1).is("NOT") && tokens.get(i + 2).is("EXISTS")) {
            i += 3;
        }
        if (i < tokens.size() && tokens.get(i).is("AUTHORIZATION")) {
            return Optional.empty(); // CREATE SCHEMA AUTHORIZATION role: the schema takes the role's name
        }
        return lastPartFrom(tokens, i);
    }

    /** {@code … RENAME [COLUMN|ATTRIBUTE|CONSTRAINT x] TO name}, outside parentheses. */
    private static Optional<String> renamedTo(SqlStatement sql) {
        int rename = StatementText.findTopLevel(sql, 0, "RENAME");
        int to = rename < 0 ? -1 : StatementText.findTopLevel(sql, rename + 1, "TO");
        return to < 0 ? Optional.empty() : lastPartFrom(sql.tokens(), to + 1);
    }

    /** The last part of the dotted name starting at {@code i}, if an identifier stands there. */
    private static Optional<String> lastPartFrom(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isIdentifier()) {
            return Optional.empty();
        }
        while (i + 2 < tokens.size() && tokens.get(i + 1).isSymbol(".") && tokens.get(i + 2).isIdentifier()) {
            i += 2;
        }
        return Optional.of(tokens.get(i).value());
    }

    private static void column(ColumnDef column, Set<String> names) {
        names.add(column.name());
        column.constraints().forEach(c -> constraint(c, names));
    }

    private static void constraint(ConstraintDef constraint, Set<String> names) {
        constraint.name().ifPresent(names::add);
    }

    static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The name as PostgreSQL keeps it: its first 63 bytes, never splitting a character. */
    static String truncate(String name) {
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int size = bytes(ch);
            if (used + size > MAX_BYTES) {
                break;
            }
            kept.append(ch);
            used += size;
            i += Character.charCount(cp);
        }
        return kept.toString();
    }

    private static List<Token> tokensNaming(RuleContext context, String name) {
        List<Token> out = new ArrayList<>();
        for (Token t : context.statement().sql().tokens()) {
            if (t.isIdentifier() && t.value().equals(name)) {
                out.add(t);
            }
        }
        return out;
    }

    private static SourceRange rangeOf(RuleContext context, String name) {
        List<Token> tokens = tokensNaming(context, name);
        return tokens.isEmpty() ? context.statement().sql().range() : tokens.get(0).range();
    }

    /** The statement as written with every occurrence of the long name replaced. */
    private static String renamed(RuleContext context, String name, String kept) {
        String text = context.statement().sql().text();
        List<Token> tokens = context.statement().sql().tokens();
        if (tokens.isEmpty()) {
            return text.strip() + ";";
        }
        int base = tokens.get(0).offset();
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (Token t : tokensNaming(context, name)) {
            int at = t.offset() - base;
            if (at < copied || at + t.text().length() > text.length()
                    || !text.regionMatches(at, t.text(), 0, t.text().length())) {
                return text.strip() + ";";
            }
            out.append(text, copied, at).append(QualifiedName.quote(kept));
            copied = at + t.text().length();
        }
        return out.append(text.substring(copied)).toString().strip() + ";";
    }
}
