package io.github.migrationguard.sql;

import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.Expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a column definition: {@code name type [COLLATE c] [column constraints…]}. */
final class ColumnReader {

    /** Words that end a {@code DEFAULT} expression: the next column constraint begins. */
    private static final Set<String> CONSTRAINT_WORDS = Set.of(
            "constraint", "not", "null", "default", "check", "unique", "primary", "references", "generated",
            "collate", "deferrable", "initially", "compression", "storage", "enforced");

    private ColumnReader() {
    }

    /** Reads a column definition up to a top-level comma, a closing parenthesis or the end. */
    static ColumnDef read(TokenCursor c) {
        String name = c.identifier();
        DataTypes.TypeRead type = DataTypes.read(c);
        Definition d = new Definition(name);
        if (type.serial()) {
            d.generated = Optional.of(new ColumnDef.Generated(ColumnDef.Generated.Kind.SERIAL, Optional.empty()));
        }
        while (!c.atEnd() && !c.isSymbol(",") && !c.isSymbol(")")) {
            constraint(c, d);
        }
        return new ColumnDef(name, type.type(), d.notNull, d.defaultExpr, d.generated, d.constraints, d.collation);
    }

    /** The parts of a column definition gathered while its constraints are read. */
    private static final class Definition {
        final String column;
        boolean notNull;
        Optional<Expr> defaultExpr = Optional.empty();
        Optional<ColumnDef.Generated> generated = Optional.empty();
        final List<ConstraintDef> constraints = new ArrayList<>();
        Optional<String> collation = Optional.empty();

        Definition(String column) {
            this.column = column;
        }
    }

    private static void constraint(TokenCursor c, Definition d) {
        Optional<String> name = c.accept("constraint") ? Optional.of(c.identifier()) : Optional.empty();
        List<String> self = List.of(d.column);
        if (c.accept("not", "null")) {
            d.notNull = true;
        } else if (c.accept("null")) {
            d.notNull = false;
        } else if (c.accept("default")) {
            d.defaultExpr = Optional.of(Exprs.read(c, CONSTRAINT_WORDS));
        } else if (c.accept("generated")) {
            d.generated = Optional.of(generated(c));
        } else if (c.accept("unique")) {
            c.accept("nulls", "not", "distinct");
            c.accept("nulls", "distinct");
            ConstraintReader.indexParameters(c);
            d.constraints.add(ConstraintReader.constraint(name, ConstraintKind.UNIQUE, self, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        } else if (c.accept("primary", "key")) {
            ConstraintReader.indexParameters(c);
            d.constraints.add(ConstraintReader.constraint(name, ConstraintKind.PRIMARY_KEY, self, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        } else if (c.accept("check")) {
            ConstraintDef check = ConstraintReader.check(c, name);
            d.constraints.add(new ConstraintDef(check.name(), check.kind(), self, check.check(),
                    check.notNullColumn(), check.references(), check.usingIndex(), false));
        } else if (c.accept("references")) {
            d.constraints.add(ConstraintReader.constraint(name, ConstraintKind.FOREIGN_KEY, self, Optional.empty(),
                    Optional.empty(), Optional.of(ConstraintReader.reference(c)), Optional.empty()));
        } else if (c.accept("collate")) {
            d.collation = Optional.of(String.join(".", c.dottedName()));
        } else if (c.accept("compression") || c.accept("storage")) {
            c.identifier();
        } else if (c.accept("deferrable") || c.accept("not", "deferrable") || c.accept("enforced")
                || c.accept("not", "enforced") || c.accept("no", "inherit")) {
            return;
        } else if (c.accept("initially")) {
            c.identifier();
        } else {
            throw c.failure("column definition of '" + d.column + "' not understood");
        }
    }

    /** After GENERATED: identity or a generated expression, stored or (PostgreSQL 18's default) virtual. */
    private static ColumnDef.Generated generated(TokenCursor c) {
        if (!c.accept("always")) {
            c.expect("by", "default");
        }
        c.expect("as");
        if (c.accept("identity")) {
            c.skipGroupIfPresent();
            return new ColumnDef.Generated(ColumnDef.Generated.Kind.IDENTITY, Optional.empty());
        }
        Expr expr = Exprs.readParenthesised(c);
        ColumnDef.Generated.Kind kind = c.accept("stored") ? ColumnDef.Generated.Kind.STORED
                : ColumnDef.Generated.Kind.VIRTUAL;
        c.accept("virtual");
        return new ColumnDef.Generated(kind, Optional.of(expr));
    }
}
