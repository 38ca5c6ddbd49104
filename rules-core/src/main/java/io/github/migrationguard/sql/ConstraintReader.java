package io.github.migrationguard.sql;

import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.Expr;
import io.github.migrationguard.model.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads table constraints ({@code CREATE TABLE} elements, {@code ALTER TABLE … ADD}) and the shared pieces of column constraints. */
final class ConstraintReader {

    private ConstraintReader() {
    }

    /** True when a table constraint starts at the cursor (rather than a column definition). */
    static boolean startsTableConstraint(TokenCursor c) {
        if (c.isAny("constraint", "check", "unique", "foreign")) {
            return true;
        }
        if (c.is("primary", "key") || c.is("not", "null")) {
            return true;
        }
        // EXCLUDE is not reserved: a column may be named so.
        Token after = c.peek(1);
        return c.is("exclude") && after != null && (after.is("using") || after.isSymbol("("));
    }

    /** {@code [CONSTRAINT name] CHECK|UNIQUE|PRIMARY KEY|EXCLUDE|FOREIGN KEY|NOT NULL … [attributes]}. */
    static ConstraintDef readTableConstraint(TokenCursor c) {
        Optional<String> name = c.accept("constraint") ? Optional.of(c.identifier()) : Optional.empty();
        ConstraintDef body;
        if (c.accept("check")) {
            body = check(c, name);
        } else if (c.accept("unique")) {
            c.accept("nulls", "not", "distinct");
            c.accept("nulls", "distinct");
            body = keyConstraint(c, name, ConstraintKind.UNIQUE);
        } else if (c.accept("primary", "key")) {
            body = keyConstraint(c, name, ConstraintKind.PRIMARY_KEY);
        } else if (c.accept("exclude")) {
            body = exclude(c, name);
        } else if (c.accept("foreign", "key")) {
            List<String> columns = keyColumns(c);
            c.expect("references");
            body = constraint(name, ConstraintKind.FOREIGN_KEY, columns, Optional.empty(), Optional.empty(),
                    Optional.of(reference(c)), Optional.empty());
        } else if (c.accept("not", "null")) {
            // PostgreSQL 18: a named NOT NULL constraint on one column.
            String column = c.identifier();
            body = constraint(name, ConstraintKind.NOT_NULL, List.of(column), Optional.empty(), Optional.of(column),
                    Optional.empty(), Optional.empty());
        } else {
            throw c.failure("constraint not understood");
        }
        boolean notValid = attributes(c);
        return notValid ? withNotValid(body) : body;
    }

    /** {@code CHECK (expr)} after the CHECK keyword; {@code notNullColumn} when it is exactly {@code col IS NOT NULL}. */
    static ConstraintDef check(TokenCursor c, Optional<String> name) {
        int open = c.position();
        Expr expr = Exprs.readParenthesised(c);
        List<Token> inside = c.statement().tokens().subList(open + 1, c.position() - 1);
        Optional<String> notNullColumn = isNotNullTest(Exprs.stripParentheses(inside));
        c.accept("no", "inherit");
        List<String> columns = notNullColumn.map(List::of).orElse(List.of());
        return constraint(name, ConstraintKind.CHECK, columns, Optional.of(expr), notNullColumn, Optional.empty(),
                Optional.empty());
    }

    private static Optional<String> isNotNullTest(List<Token> t) {
        boolean shape = t.size() == 4 && t.get(0).isIdentifier() && t.get(1).is("is") && t.get(2).is("not")
                && t.get(3).is("null");
        return shape ? Optional.of(t.get(0).value()) : Optional.empty();
    }

    /** After UNIQUE / PRIMARY KEY: {@code (cols) [index parameters]} or {@code USING INDEX name}. */
    private static ConstraintDef keyConstraint(TokenCursor c, Optional<String> name, ConstraintKind kind) {
        if (c.accept("using", "index")) {
            String index = c.identifier();
            return constraint(name, kind, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(index));
        }
        List<String> columns = keyColumns(c);
        indexParameters(c);
        return constraint(name, kind, columns, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** {@code EXCLUDE [USING method] (element WITH operator, …) [index parameters] [WHERE (predicate)]}. */
    private static ConstraintDef exclude(TokenCursor c, Optional<String> name) {
        if (c.accept("using")) {
            c.identifier();
        }
        c.expectSymbol("(");
        List<String> columns = new ArrayList<>();
        while (!c.acceptSymbol(")")) {
            Token first = c.peek();
            if (first != null && first.isIdentifier() && c.peek(1) != null && c.peek(1).is("with")) {
                columns.add(first.value());
            }
            c.skipToListEnd();
            c.acceptSymbol(",");
            if (c.atEnd()) {
                throw c.failure("EXCLUDE element list not closed");
            }
        }
        indexParameters(c);
        if (c.accept("where")) {
            c.skipGroupIfPresent();
        }
        return constraint(name, ConstraintKind.EXCLUDE, columns, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** {@code (a, b, c [WITHOUT OVERLAPS])} or {@code (a, PERIOD b)}: the column names. */
    static List<String> keyColumns(TokenCursor c) {
        c.expectSymbol("(");
        List<String> columns = new ArrayList<>();
        while (!c.acceptSymbol(")")) {
            c.accept("period");
            columns.add(c.identifier());
            c.skipToListEnd();
            if (!c.acceptSymbol(",") && !c.isSymbol(")")) {
                throw c.failure("column list not closed");
            }
        }
        return columns;
    }

    /** {@code INCLUDE (…)}, {@code WITH (…)}, {@code USING INDEX TABLESPACE t}: nothing the rules need. */
    static void indexParameters(TokenCursor c) {
        while (true) {
            if (c.accept("include") || c.accept("with")) {
                c.skipGroupIfPresent();
            } else if (c.accept("using", "index", "tablespace")) {
                c.identifier();
            } else {
                return;
            }
        }
    }

    /** After REFERENCES: {@code table [(cols)] [MATCH …] [ON DELETE|UPDATE action]…}. */
    static ConstraintDef.Reference reference(TokenCursor c) {
        QualifiedName table = c.qualifiedName();
        List<String> columns = c.isSymbol("(") ? keyColumns(c) : List.of();
        while (true) {
            if (c.accept("match")) {
                c.identifier();
            } else if (c.accept("on", "delete") || c.accept("on", "update")) {
                referentialAction(c);
            } else {
                return new ConstraintDef.Reference(table, columns);
            }
        }
    }

    private static void referentialAction(TokenCursor c) {
        if (c.accept("set", "null") || c.accept("set", "default")) {
            c.skipGroupIfPresent();
        } else if (!c.accept("cascade") && !c.accept("restrict") && !c.accept("no", "action")) {
            throw c.failure("referential action not understood");
        }
    }

    /**
     * Constraint attributes after a constraint; true when {@code NOT VALID} was among them.
     */
    static boolean attributes(TokenCursor c) {
        boolean notValid = false;
        while (true) {
            if (c.accept("not", "valid")) {
                notValid = true;
            } else if (c.accept("deferrable") || c.accept("not", "deferrable") || c.accept("enforced")
                    || c.accept("not", "enforced") || c.accept("no", "inherit")) {
                continue;
            } else if (c.accept("initially")) {
                c.identifier();
            } else {
                return notValid;
            }
        }
    }

    static ConstraintDef constraint(Optional<String> name, ConstraintKind kind, List<String> columns,
                                    Optional<Expr> check, Optional<String> notNullColumn,
                                    Optional<ConstraintDef.Reference> references, Optional<String> usingIndex) {
        return new ConstraintDef(name, kind, columns, check, notNullColumn, references, usingIndex, false);
    }

    private static ConstraintDef withNotValid(ConstraintDef d) {
        return new ConstraintDef(d.name(), d.kind(), d.columns(), d.check(), d.notNullColumn(), d.references(),
                d.usingIndex(), true);
    }
}
