package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.DataType;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.sql.SourceRange;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A column a statement declares ({@code CREATE TABLE}, {@code ADD COLUMN}) or retypes ({@code ALTER COLUMN … TYPE}),
 * with where it is written, so the schema-design rules can sit on the column and rewrite its type in place.
 *
 * @param table      the table it belongs to
 * @param name       the column name, folded
 * @param type       its (new) type
 * @param definition the full definition, absent for {@code ALTER COLUMN … TYPE}
 * @param inCreate   declared inside {@code CREATE TABLE} (a fix shows the definition, not the whole table)
 * @param range      where the definition is written; the whole statement when it could not be found
 * @param typeStart  index in the statement's tokens of the type's first token, or -1 when not found
 * @param defStart   index of the definition's first token (its name), or -1 when not found
 * @param defEnd     one past the definition's last token, or -1 when not found
 * @param statement  the statement declaring it
 */
record DeclaredColumn(QualifiedName table, String name, DataType type, Optional<ColumnDef> definition, boolean inCreate,
                      SourceRange range, int typeStart, int defStart, int defEnd, AnalyzedStatement statement) {

    /** Every column {@code statement} declares or retypes, in the order written. */
    static List<DeclaredColumn> of(AnalyzedStatement statement) {
        List<DeclaredColumn> out = new ArrayList<>();
        Statement model = statement.model();
        if (model instanceof Statement.CreateTable t) {
            for (ColumnDef c : t.columns()) {
                out.add(locate(statement, t.name(), c.name(), c.type(), Optional.of(c), true));
            }
        } else if (model instanceof Statement.AlterTable a) {
            for (AlterAction action : a.actions()) {
                if (action instanceof AlterAction.AddColumn add) {
                    ColumnDef c = add.column();
                    out.add(locate(statement, a.table(), c.name(), c.type(), Optional.of(c), false));
                } else if (action instanceof AlterAction.AlterColumnType retype) {
                    out.add(locate(statement, a.table(), retype.column(), retype.type(), Optional.empty(), false));
                }
            }
        }
        return out;
    }

    /**
     * Every type a statement chooses for stored values: its columns as {@link #of}, and the base type of a
     * {@code CREATE DOMAIN} (as an entry whose {@code table} and {@code name} are the domain), which every column of
     * the domain will have.
     */
    static List<DeclaredColumn> storedTypes(AnalyzedStatement statement) {
        if (!(statement.model() instanceof Statement.CreateDomain domain)) {
            return of(statement);
        }
        List<Token> tokens = statement.sql().tokens();
        int i = 2; // CREATE DOMAIN name [AS] type
        while (i + 2 < tokens.size() && tokens.get(i + 1).isSymbol(".")) {
            i += 2;
        }
        i++;
        if (i < tokens.size() && tokens.get(i).is("AS")) {
            i++;
        }
        int typeStart = i < tokens.size() ? i : -1;
        return List.of(new DeclaredColumn(domain.name(), domain.name().name(), domain.baseType(), Optional.empty(), false,
                statement.sql().range(), typeStart, -1, -1, statement));
    }

    /** {@code Column "c" of "t"}, or {@code Domain "d"}: what a message says is of the type. */
    String subject() {
        if (statement.model() instanceof Statement.CreateDomain) {
            return "Domain " + Describe.quoted(table) + " (and so every column declared with it)";
        }
        return "Column " + Describe.quoted(name) + " of " + Describe.quoted(table);
    }

    /** The definition as written (in {@code CREATE TABLE}) or the whole statement (in {@code ALTER TABLE}). */
    String written() {
        if (inCreate && defStart >= 0) {
            return StatementText.slice(statement.sql(), defStart, defEnd);
        }
        return inCreate ? QualifiedName.quote(name) + " " + type.text() : statement.sql().text().strip();
    }

    /**
     * What to write instead, as a fix: the column's definition (in {@code CREATE TABLE}, introduced by a
     * comment naming the table) or the whole statement (in {@code ALTER TABLE}) with the type replaced by
     * {@code newType}.
     */
    String withType(String newType) {
        String replaced = replaceType(newType);
        return inCreate ? "-- in CREATE TABLE " + table.sql() + ":\n" + replaced : replaced + ";";
    }

    private String replaceType(String newType) {
        SqlStatement sql = statement.sql();
        if (typeStart < 0) {
            return inCreate ? QualifiedName.quote(name) + " " + newType : sql.text().strip();
        }
        List<Token> tokens = sql.tokens();
        int base = tokens.get(0).offset();
        String text = sql.text();
        int typeAt = tokens.get(typeStart).offset() - base;
        int typeEnd = typeAt + type.text().length();
        if (typeAt < 0 || typeEnd > text.length() || !text.regionMatches(typeAt, type.text(), 0, type.text().length())) {
            return inCreate ? QualifiedName.quote(name) + " " + newType : sql.text().strip();
        }
        String replaced = text.substring(0, typeAt) + newType + text.substring(typeEnd);
        if (!inCreate) {
            return replaced.strip();
        }
        int from = tokens.get(defStart).offset() - base;
        int to = tokens.get(defEnd - 1).endOffset() - base + (newType.length() - type.text().length());
        return replaced.substring(from, to).strip();
    }

    /** The type with its base name replaced, keeping modifiers and array brackets: {@code timestamp(3)[]} → {@code timestamptz(3)[]}. */
    static String renamed(DataType type, String newName, boolean keepModifiers) {
        StringBuilder b = new StringBuilder(newName);
        if (keepModifiers && !type.modifiers().isEmpty()) {
            b.append('(').append(String.join(", ", type.modifiers().stream().map(String::strip).toList())).append(')');
        }
        b.append("[]".repeat(type.arrayDims()));
        return b.toString();
    }

    private static DeclaredColumn locate(AnalyzedStatement statement, QualifiedName table, String name, DataType type,
                                         Optional<ColumnDef> definition, boolean inCreate) {
        List<Token> tokens = statement.sql().tokens();
        int depth = 0;
        int wanted = inCreate ? 1 : 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == wanted && i > 0 && startsDefinition(tokens.get(i - 1), inCreate) && t.isIdentifier()
                    && t.value().equals(name)) {
                int end = endOfDefinition(tokens, i, wanted);
                int typeStart = typeStart(tokens, i, end, definition.isPresent());
                SourceRange range = t.range().span(tokens.get(end - 1).range());
                return new DeclaredColumn(table, name, type, definition, inCreate, range, typeStart, i, end, statement);
            }
        }
        return new DeclaredColumn(table, name, type, definition, inCreate, statement.sql().range(), -1, -1, -1,
                statement);
    }

    private static boolean startsDefinition(Token previous, boolean inCreate) {
        if (inCreate) {
            return previous.isSymbol("(") || previous.isSymbol(",");
        }
        return previous.is("COLUMN") || previous.is("ADD") || previous.is("EXISTS") || previous.is("ALTER");
    }

    /** One past the definition's last token: the next comma or closing parenthesis at its depth. */
    private static int endOfDefinition(List<Token> tokens, int start, int depth) {
        int d = depth;
        for (int i = start + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                d++;
            } else if (t.isSymbol(")")) {
                if (d == depth) {
                    return i;
                }
                d--;
            } else if (t.isSymbol(",") && d == depth) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The type follows the name in a definition, and {@code [SET DATA] TYPE} in {@code ALTER COLUMN}. */
    private static int typeStart(List<Token> tokens, int nameAt, int end, boolean definition) {
        if (definition) {
            return nameAt + 1 < end ? nameAt + 1 : -1;
        }
        for (int i = nameAt + 1; i + 1 < end; i++) {
            if (tokens.get(i).is("TYPE")) {
                return i + 1;
            }
        }
        return -1;
    }
}
