package io.github.migrationguard.sql;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.DataType;
import io.github.migrationguard.model.Expr;
import io.github.migrationguard.model.LockMode;

import java.util.Optional;
import java.util.Set;

/** {@code ALTER TABLE … ALTER [COLUMN] name …}: the column actions, with the lock of those without a record. */
final class AlterColumnReader {

    private static final LockMode AEL = LockMode.ACCESS_EXCLUSIVE;
    private static final LockMode SUE = LockMode.SHARE_UPDATE_EXCLUSIVE;

    private static final Set<String> NO_STOP_WORDS = Set.of();

    private AlterColumnReader() {
    }

    static AlterAction read(TokenCursor c, String column) {
        if (c.accept("set", "data", "type") || c.accept("type")) {
            return type(c, column);
        }
        if (c.accept("set", "default")) {
            return new AlterAction.SetDefault(column, Exprs.read(c, NO_STOP_WORDS));
        }
        if (c.accept("drop", "default")) {
            return new AlterAction.DropDefault(column);
        }
        if (c.accept("set", "not", "null")) {
            return new AlterAction.SetNotNull(column);
        }
        if (c.accept("drop", "not", "null")) {
            return new AlterAction.DropNotNull(column);
        }
        if (c.accept("drop", "expression")) {
            c.accept("if", "exists");
            return AlterTableReader.other("ALTER COLUMN DROP EXPRESSION", AEL, false);
        }
        if (c.accept("set", "expression", "as")) {
            c.skipGroupIfPresent();
            return AlterTableReader.other("ALTER COLUMN SET EXPRESSION", AEL, true);
        }
        if (c.accept("add", "generated")) {
            c.skipToComma();
            return AlterTableReader.other("ALTER COLUMN ADD GENERATED AS IDENTITY", AEL, false);
        }
        if (c.accept("drop", "identity")) {
            c.accept("if", "exists");
            return AlterTableReader.other("ALTER COLUMN DROP IDENTITY", AEL, false);
        }
        if (c.is("restart") || c.is("set", "generated") || isSequenceOption(c)) {
            c.skipToComma();
            return AlterTableReader.other("ALTER COLUMN SET IDENTITY", AEL, false);
        }
        if (c.accept("set", "statistics")) {
            c.skipToComma();
            return AlterTableReader.other("ALTER COLUMN SET STATISTICS", SUE, false);
        }
        if ((c.is("set") || c.is("reset")) && c.peek(1) != null && c.peek(1).isSymbol("(")) {
            c.next();
            c.skipItem();
            return AlterTableReader.other("ALTER COLUMN SET ATTRIBUTE OPTIONS", SUE, false);
        }
        if (c.accept("set", "storage")) {
            c.identifier();
            return AlterTableReader.other("ALTER COLUMN SET STORAGE", AEL, false);
        }
        if (c.accept("set", "compression")) {
            c.identifier();
            return AlterTableReader.other("ALTER COLUMN SET COMPRESSION", AEL, false);
        }
        throw c.failure("ALTER COLUMN " + column + " action not understood");
    }

    /** {@code SET INCREMENT BY 2}, {@code SET START WITH 1}: identity sequence options. */
    private static boolean isSequenceOption(TokenCursor c) {
        Token after = c.peek(1);
        return c.is("set") && after != null && (after.is("increment") || after.is("start") || after.is("minvalue")
                || after.is("maxvalue") || after.is("cache") || after.is("cycle") || after.is("no")
                || after.is("owned") || after.is("sequence"));
    }

    private static AlterAction type(TokenCursor c, String column) {
        DataType type = DataTypes.read(c).type();
        Optional<String> collation = c.accept("collate") ? Optional.of(String.join(".", c.dottedName()))
                : Optional.empty();
        Optional<Expr> using = c.accept("using") ? Optional.of(Exprs.read(c, NO_STOP_WORDS)) : Optional.empty();
        return new AlterAction.AlterColumnType(column, type, using, collation);
    }
}
