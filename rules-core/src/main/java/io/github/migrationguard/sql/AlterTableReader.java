package io.github.migrationguard.sql;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ALTER TABLE|VIEW|MATERIALIZED VIEW|FOREIGN TABLE [IF EXISTS] [ONLY] name action, …}.
 * Actions without a record of their own become {@link AlterAction.Other} with the lock
 * PostgreSQL takes for them (see RULES.md, observed on PostgreSQL 18).
 */
final class AlterTableReader {

    private static final LockMode AEL = LockMode.ACCESS_EXCLUSIVE;
    private static final LockMode SUE = LockMode.SHARE_UPDATE_EXCLUSIVE;

    private AlterTableReader() {
    }

    /** The cursor stands after {@code ALTER TABLE} (or VIEW, …). */
    static Statement read(TokenCursor c, RelationKind kind) {
        if (c.accept("all", "in", "tablespace")) {
            c.skipToEnd();
            return new Statement.Other("ALTER " + kind.sql() + " ALL IN TABLESPACE", Optional.empty(), Optional.of(AEL));
        }
        boolean ifExists = c.accept("if", "exists");
        boolean only = c.accept("only");
        QualifiedName table = c.qualifiedName();
        c.acceptSymbol("*");
        List<AlterAction> actions = new ArrayList<>();
        do {
            actions.add(action(c, kind));
        } while (c.acceptSymbol(","));
        if (!c.atEnd()) {
            throw c.failure("ALTER " + kind.sql() + " action not understood");
        }
        return new Statement.AlterTable(table, kind, ifExists, only, actions);
    }

    private static AlterAction action(TokenCursor c, RelationKind kind) {
        if (c.accept("add")) {
            return add(c);
        }
        if (c.accept("drop")) {
            return drop(c);
        }
        if (c.accept("alter")) {
            if (c.accept("constraint")) {
                c.identifier();
                ConstraintReader.attributes(c);
                return other("ALTER CONSTRAINT", AEL, false);
            }
            c.accept("column");
            return AlterColumnReader.read(c, c.identifier());
        }
        if (c.accept("validate", "constraint")) {
            return new AlterAction.ValidateConstraint(c.identifier());
        }
        if (c.accept("rename")) {
            return rename(c);
        }
        if (c.accept("attach", "partition")) {
            QualifiedName partition = c.qualifiedName();
            boolean defaultPartition = c.accept("default");
            c.skipToComma();
            return new AlterAction.AttachPartition(partition, defaultPartition);
        }
        if (c.accept("detach", "partition")) {
            QualifiedName partition = c.qualifiedName();
            boolean concurrently = c.accept("concurrently");
            boolean finalizing = c.accept("finalize");
            return new AlterAction.DetachPartition(partition, concurrently, finalizing);
        }
        if (c.is("enable") || c.is("disable")) {
            return enableOrDisable(c);
        }
        if (c.accept("force", "row", "level", "security")) {
            return new AlterAction.RowLevelSecurity(AlterAction.RowLevelSecurity.Mode.FORCE);
        }
        if (c.accept("no", "force", "row", "level", "security")) {
            return new AlterAction.RowLevelSecurity(AlterAction.RowLevelSecurity.Mode.NO_FORCE);
        }
        if (c.is("set") || c.is("reset")) {
            return set(c);
        }
        return otherAction(c, kind);
    }

    private static AlterAction add(TokenCursor c) {
        if (!c.is("column") && ConstraintReader.startsTableConstraint(c)) {
            return new AlterAction.AddConstraint(ConstraintReader.readTableConstraint(c));
        }
        c.accept("column");
        boolean ifNotExists = c.accept("if", "not", "exists");
        return new AlterAction.AddColumn(ColumnReader.read(c), ifNotExists);
    }

    private static AlterAction drop(TokenCursor c) {
        if (c.accept("constraint")) {
            boolean ifExists = c.accept("if", "exists");
            String name = c.identifier();
            return new AlterAction.DropConstraint(name, ifExists, dropBehaviourIsCascade(c));
        }
        c.accept("column");
        boolean ifExists = c.accept("if", "exists");
        String column = c.identifier();
        return new AlterAction.DropColumn(column, ifExists, dropBehaviourIsCascade(c));
    }

    /** {@code [CASCADE | RESTRICT]}: true for CASCADE. */
    static boolean dropBehaviourIsCascade(TokenCursor c) {
        if (c.accept("cascade")) {
            return true;
        }
        c.accept("restrict");
        return false;
    }

    private static AlterAction rename(TokenCursor c) {
        if (c.accept("to")) {
            return new AlterAction.RenameTable(c.identifier());
        }
        if (c.accept("constraint")) {
            String from = c.identifier();
            c.expect("to");
            return new AlterAction.RenameConstraint(from, c.identifier());
        }
        c.accept("column");
        String from = c.identifier();
        c.expect("to");
        return new AlterAction.RenameColumn(from, c.identifier());
    }

    private static AlterAction enableOrDisable(TokenCursor c) {
        boolean enable = c.next().is("enable");
        if (c.accept("row", "level", "security")) {
            return new AlterAction.RowLevelSecurity(enable ? AlterAction.RowLevelSecurity.Mode.ENABLE
                    : AlterAction.RowLevelSecurity.Mode.DISABLE);
        }
        boolean firing = enable && (c.accept("replica") || c.accept("always"));
        if (c.accept("trigger")) {
            String trigger = c.identifier();
            return new AlterAction.EnableTrigger(trigger, enable);
        }
        if (c.accept("rule")) {
            c.identifier();
            return other((enable ? "ENABLE" : "DISABLE") + " RULE", AEL, false);
        }
        throw c.failure((enable ? "ENABLE" : "DISABLE") + (firing ? " REPLICA/ALWAYS" : "") + " not understood");
    }

    private static AlterAction set(TokenCursor c) {
        if (c.accept("set", "schema")) {
            return new AlterAction.SetSchema(c.identifier());
        }
        if (c.accept("set", "tablespace")) {
            c.identifier();
            c.accept("nowait");
            return other("SET TABLESPACE", AEL, true);
        }
        if (c.accept("set", "logged")) {
            return other("SET LOGGED", AEL, true);
        }
        if (c.accept("set", "unlogged")) {
            return other("SET UNLOGGED", AEL, true);
        }
        if (c.accept("set", "access", "method")) {
            c.identifier();
            return other("SET ACCESS METHOD", AEL, true);
        }
        if (c.accept("set", "without", "cluster")) {
            return other("SET WITHOUT CLUSTER", SUE, false);
        }
        if (c.accept("set", "without", "oids")) {
            return other("SET WITHOUT OIDS", AEL, false);
        }
        boolean reset = c.is("reset");
        c.next();
        if (c.isSymbol("(")) {
            // Storage parameters (fillfactor, autovacuum_*): SHARE UPDATE EXCLUSIVE, no rewrite.
            c.skipItem();
            return other(reset ? "RESET" : "SET", SUE, false);
        }
        throw c.failure("ALTER TABLE " + (reset ? "RESET" : "SET") + " not understood");
    }

    /** The remaining actions, recognised by their leading words; the rest is not understood. */
    private static AlterAction otherAction(TokenCursor c, RelationKind kind) {
        if (c.accept("cluster", "on")) {
            c.identifier();
            return other("CLUSTER ON", SUE, false);
        }
        if (c.accept("inherit")) {
            c.qualifiedName();
            return other("INHERIT", SUE, false);
        }
        if (c.accept("no", "inherit")) {
            c.qualifiedName();
            return other("NO INHERIT", AEL, false);
        }
        if (c.accept("not", "of")) {
            return other("NOT OF", AEL, false);
        }
        if (c.accept("of")) {
            c.qualifiedName();
            return other("OF", AEL, false);
        }
        if (c.accept("owner", "to")) {
            c.identifier();
            return other("OWNER TO", AEL, false);
        }
        if (c.accept("replica", "identity")) {
            c.skipToComma();
            return other("REPLICA IDENTITY", AEL, false);
        }
        if (c.accept("options")) {
            c.skipGroupIfPresent();
            return other("OPTIONS", AEL, false);
        }
        if (c.accept("depends", "on", "extension") || c.accept("no", "depends", "on", "extension")) {
            c.identifier();
            return other("DEPENDS ON EXTENSION", AEL, false);
        }
        throw c.failure("ALTER " + kind.sql() + " action not understood");
    }

    static AlterAction.Other other(String keywords, LockMode lock, boolean rewrites) {
        return new AlterAction.Other(keywords, lock, rewrites);
    }
}
