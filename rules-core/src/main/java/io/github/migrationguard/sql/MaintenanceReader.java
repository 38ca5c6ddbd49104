package io.github.migrationguard.sql;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Table maintenance and explicit locking: {@code TRUNCATE}, {@code VACUUM}, {@code ANALYZE},
 * {@code CLUSTER}, {@code LOCK}, {@code REFRESH MATERIALIZED VIEW}. The cursor stands after the
 * command word in each method.
 */
final class MaintenanceReader {

    private MaintenanceReader() {
    }

    static Statement truncate(TokenCursor c) {
        c.accept("table");
        List<QualifiedName> tables = new ArrayList<>();
        do {
            c.accept("only");
            tables.add(c.qualifiedName());
            c.acceptSymbol("*");
        } while (c.acceptSymbol(","));
        if (!c.accept("restart", "identity")) {
            c.accept("continue", "identity");
        }
        boolean cascade = AlterTableReader.dropBehaviourIsCascade(c);
        c.expectEnd();
        return new Statement.Truncate(tables, cascade);
    }

    /** {@code VACUUM [FULL] [FREEZE] [VERBOSE] [ANALYZE] [(options)] [table [(columns)], …]}. */
    static Statement vacuum(TokenCursor c) {
        boolean full = false;
        if (c.isSymbol("(")) {
            full = options(c, "full");
        }
        while (c.isAny("full", "freeze", "verbose", "analyze", "analyse")) {
            full |= c.next().is("full");
        }
        return new Statement.Vacuum(full, false, tables(c));
    }

    /** {@code ANALYZE [VERBOSE] [(options)] [table [(columns)], …]}. */
    static Statement analyze(TokenCursor c) {
        if (c.isSymbol("(")) {
            options(c, "verbose");
        }
        c.accept("verbose");
        return new Statement.Vacuum(false, true, tables(c));
    }

    private static List<QualifiedName> tables(TokenCursor c) {
        List<QualifiedName> tables = new ArrayList<>();
        if (c.atEnd()) {
            return tables;
        }
        do {
            c.accept("only");
            tables.add(c.qualifiedName());
            c.skipGroupIfPresent();
        } while (c.acceptSymbol(","));
        c.expectEnd();
        return tables;
    }

    /** A parenthesised option list; true when {@code option} is in it and not switched off. */
    private static boolean options(TokenCursor c, String option) {
        c.expectSymbol("(");
        boolean on = false;
        while (!c.acceptSymbol(")")) {
            if (c.accept(option)) {
                on = !c.acceptOff();
            }
            c.skipToListEnd();
            c.acceptSymbol(",");
            if (c.atEnd()) {
                throw c.failure("option list not closed");
            }
        }
        return on;
    }

    /** {@code CLUSTER [VERBOSE] [(options)] [table [USING index]]} or the old {@code CLUSTER index ON table}. */
    static Statement cluster(TokenCursor c) {
        c.skipGroupIfPresent();
        c.accept("verbose");
        if (c.atEnd()) {
            return new Statement.Cluster(Optional.empty());
        }
        QualifiedName first = c.qualifiedName();
        if (c.accept("on")) {
            QualifiedName table = c.qualifiedName();
            c.expectEnd();
            return new Statement.Cluster(Optional.of(table));
        }
        if (c.accept("using")) {
            c.identifier();
        }
        c.expectEnd();
        return new Statement.Cluster(Optional.of(first));
    }

    /** {@code LOCK [TABLE] [ONLY] name [*], … [IN mode MODE] [NOWAIT]}. */
    static Statement lock(TokenCursor c) {
        c.accept("table");
        List<QualifiedName> tables = new ArrayList<>();
        do {
            c.accept("only");
            tables.add(c.qualifiedName());
            c.acceptSymbol("*");
        } while (c.acceptSymbol(","));
        LockMode mode = LockMode.ACCESS_EXCLUSIVE;
        if (c.accept("in")) {
            int modeStart = c.position();
            StringBuilder words = new StringBuilder();
            while (!c.atEnd() && !c.is("mode")) {
                words.append(c.next().text()).append(' ');
            }
            c.expect("mode");
            try {
                mode = LockMode.parse(words.toString());
            } catch (IllegalArgumentException e) {
                c.reset(modeStart);
                throw c.failure("lock mode not understood");
            }
        }
        c.accept("nowait");
        c.expectEnd();
        return new Statement.LockTable(tables, mode);
    }

    /** {@code REFRESH MATERIALIZED VIEW [CONCURRENTLY] name [WITH [NO] DATA]}; after {@code REFRESH MATERIALIZED VIEW}. */
    static Statement refresh(TokenCursor c) {
        boolean concurrently = c.accept("concurrently");
        QualifiedName name = c.qualifiedName();
        boolean withNoData = c.accept("with", "no", "data");
        c.accept("with", "data");
        c.expectEnd();
        return new Statement.RefreshMaterializedView(name, concurrently, withNoData);
    }
}
