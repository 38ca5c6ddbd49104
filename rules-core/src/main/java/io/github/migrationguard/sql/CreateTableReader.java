package io.github.migrationguard.sql;

import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code CREATE [GLOBAL|LOCAL] [TEMP|UNLOGGED] TABLE [IF NOT EXISTS] name …}: a column list,
 * {@code PARTITION OF parent}, {@code OF type}, or {@code AS query}. The cursor stands after the
 * leading {@code CREATE … TABLE} words; {@code temporary} says whether TEMP was among them.
 */
final class CreateTableReader {

    private CreateTableReader() {
    }

    static Statement read(TokenCursor c, boolean temporary) {
        boolean ifNotExists = c.accept("if", "not", "exists");
        QualifiedName name = c.qualifiedName();
        List<ColumnDef> columns = new ArrayList<>();
        List<ConstraintDef> constraints = new ArrayList<>();
        Optional<QualifiedName> partitionOf = Optional.empty();

        if (c.hasTopLevelWord("as") && !c.is("partition", "of") && !c.is("of")) {
            // CREATE TABLE … [(column names)] [WITH (…)] AS query: the columns come from the query.
            return new Statement.CreateTable(name, List.of(), List.of(), ifNotExists, temporary, Optional.empty(), true);
        }
        if (c.accept("partition", "of")) {
            partitionOf = Optional.of(c.qualifiedName());
            if (c.isSymbol("(")) {
                partitionElements(c, constraints);
            }
        } else if (c.accept("of")) {
            c.qualifiedName();
            if (c.isSymbol("(")) {
                partitionElements(c, constraints);
            }
        } else {
            elements(c, columns, constraints);
        }
        // INHERITS, PARTITION BY, USING, WITH, ON COMMIT, TABLESPACE, FOR VALUES: nothing a rule needs.
        c.skipToEnd();
        return new Statement.CreateTable(name, columns, constraints, ifNotExists, temporary, partitionOf, false);
    }

    /** {@code ( column | table_constraint | LIKE source [options], … )}. */
    private static void elements(TokenCursor c, List<ColumnDef> columns, List<ConstraintDef> constraints) {
        c.expectSymbol("(");
        if (c.acceptSymbol(")")) {
            return;
        }
        do {
            if (c.accept("like")) {
                c.skipToListEnd();
            } else if (ConstraintReader.startsTableConstraint(c)) {
                constraints.add(ConstraintReader.readTableConstraint(c));
            } else {
                columns.add(ColumnReader.read(c));
            }
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
    }

    /**
     * The element list of {@code PARTITION OF} and {@code OF type}: columns there have no type
     * ({@code col [WITH OPTIONS] constraints}), so their constraints are kept as table constraints.
     */
    private static void partitionElements(TokenCursor c, List<ConstraintDef> constraints) {
        c.expectSymbol("(");
        do {
            if (ConstraintReader.startsTableConstraint(c)) {
                constraints.add(ConstraintReader.readTableConstraint(c));
                continue;
            }
            String column = c.identifier();
            c.accept("with", "options");
            while (!c.atEnd() && !c.isSymbol(",") && !c.isSymbol(")")) {
                columnConstraint(c, column, constraints);
            }
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
    }

    private static void columnConstraint(TokenCursor c, String column, List<ConstraintDef> constraints) {
        Optional<String> name = c.accept("constraint") ? Optional.of(c.identifier()) : Optional.empty();
        if (c.accept("primary", "key")) {
            ConstraintReader.indexParameters(c);
            constraints.add(ConstraintReader.constraint(name, ConstraintKind.PRIMARY_KEY, List.of(column),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        } else if (c.accept("unique")) {
            ConstraintReader.indexParameters(c);
            constraints.add(ConstraintReader.constraint(name, ConstraintKind.UNIQUE, List.of(column),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        } else if (c.accept("check")) {
            constraints.add(ConstraintReader.check(c, name));
        } else if (c.accept("not", "null")) {
            constraints.add(ConstraintReader.constraint(name, ConstraintKind.NOT_NULL, List.of(column),
                    Optional.empty(), Optional.of(column), Optional.empty(), Optional.empty()));
        } else {
            // DEFAULT, NULL and the like: skip one item.
            c.skipItem();
        }
    }
}
