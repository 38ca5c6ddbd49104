package io.github.migrationguard.sql;

import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code CREATE INDEX}, {@code DROP INDEX}, {@code ALTER INDEX} and {@code REINDEX}. Read from
 * tokens because {@code CONCURRENTLY} decides the lock, and JSqlParser takes
 * {@code DROP INDEX CONCURRENTLY idx} for an index named "concurrently".
 */
final class IndexReader {

    private IndexReader() {
    }

    /** The cursor stands after {@code CREATE [UNIQUE] INDEX}. */
    static Statement create(TokenCursor c, boolean unique) {
        boolean concurrently = c.accept("concurrently");
        boolean ifNotExists = c.accept("if", "not", "exists");
        Optional<String> name = Optional.empty();
        if (!c.is("on")) {
            name = Optional.of(c.identifier());
        }
        c.expect("on");
        boolean only = c.accept("only");
        QualifiedName table = c.qualifiedName();
        String method = "btree";
        if (c.accept("using")) {
            method = c.identifier().toLowerCase(Locale.ROOT);
        }
        List<String> columns = elements(c);
        Optional<String> where = Optional.empty();
        while (!c.atEnd()) {
            if (c.accept("where")) {
                int start = c.position();
                c.skipToEnd();
                where = Optional.of(c.text(start, c.position()));
            } else {
                // INCLUDE (…), NULLS [NOT] DISTINCT, WITH (…), TABLESPACE t
                c.skipItem();
            }
        }
        return new Statement.CreateIndex(name, table, unique, concurrently, ifNotExists, only, columns, where, method);
    }

    /** {@code (element, …)}: each key column or expression as written. */
    private static List<String> elements(TokenCursor c) {
        c.expectSymbol("(");
        List<String> columns = new ArrayList<>();
        while (!c.acceptSymbol(")")) {
            int start = c.position();
            c.skipToListEnd();
            if (c.position() == start) {
                throw c.failure("index element expected");
            }
            columns.add(c.text(start, c.position()));
            if (!c.acceptSymbol(",") && !c.isSymbol(")")) {
                throw c.failure("index column list not closed");
            }
        }
        return columns;
    }

    /** The cursor stands after {@code DROP INDEX}. */
    static Statement drop(TokenCursor c) {
        boolean concurrently = c.accept("concurrently");
        boolean ifExists = c.accept("if", "exists");
        List<QualifiedName> names = c.qualifiedNameList();
        boolean cascade = AlterTableReader.dropBehaviourIsCascade(c);
        c.expectEnd();
        return new Statement.DropIndex(names, concurrently, ifExists, cascade);
    }

    /** The cursor stands after {@code ALTER INDEX}. */
    static Statement alter(TokenCursor c) {
        if (c.accept("all", "in", "tablespace")) {
            c.skipToEnd();
            return Statement.Other.of("ALTER INDEX ALL IN TABLESPACE");
        }
        c.accept("if", "exists");
        QualifiedName index = c.qualifiedName();
        if (c.accept("rename", "to")) {
            return new Statement.AlterIndex(index, "RENAME TO", Optional.of(c.identifier()));
        }
        if (c.accept("set", "tablespace")) {
            return new Statement.AlterIndex(index, "SET TABLESPACE", Optional.of(c.identifier()));
        }
        if (c.accept("attach", "partition")) {
            return new Statement.AlterIndex(index, "ATTACH PARTITION", Optional.of(c.qualifiedName().sql()));
        }
        if (c.accept("depends", "on", "extension") || c.accept("no", "depends", "on", "extension")) {
            return new Statement.AlterIndex(index, "DEPENDS ON EXTENSION", Optional.of(c.identifier()));
        }
        if ((c.is("set") || c.is("reset")) && c.peek(1) != null && c.peek(1).isSymbol("(")) {
            String keyword = c.next().text().toUpperCase(Locale.ROOT);
            int start = c.position();
            c.skipItem();
            return new Statement.AlterIndex(index, keyword, Optional.of(c.text(start, c.position())));
        }
        if (c.accept("alter")) {
            c.accept("column");
            int start = c.position();
            c.skipToEnd();
            return new Statement.AlterIndex(index, "ALTER COLUMN", Optional.of(c.text(start, c.position())));
        }
        throw c.failure("ALTER INDEX action not understood");
    }

    /** The cursor stands after {@code REINDEX}. */
    static Statement reindex(TokenCursor c) {
        boolean concurrently = false;
        if (c.isSymbol("(")) {
            concurrently = optionListHasConcurrently(c);
        }
        Statement.Reindex.Target target;
        Token t = c.next();
        String word = t.value();
        switch (word) {
            case "index": target = Statement.Reindex.Target.INDEX; break;
            case "table": target = Statement.Reindex.Target.TABLE; break;
            case "schema": target = Statement.Reindex.Target.SCHEMA; break;
            case "database": target = Statement.Reindex.Target.DATABASE; break;
            case "system": target = Statement.Reindex.Target.SYSTEM; break;
            default:
                c.reset(c.position() - 1);
                throw c.failure("REINDEX target not understood");
        }
        concurrently |= c.accept("concurrently");
        Optional<QualifiedName> name = c.atEnd() ? Optional.empty() : Optional.of(c.qualifiedName());
        c.expectEnd();
        return new Statement.Reindex(target, name, concurrently);
    }

    /** {@code (CONCURRENTLY [true|on], VERBOSE, TABLESPACE t)}: true when CONCURRENTLY is switched on. */
    static boolean optionListHasConcurrently(TokenCursor c) {
        c.expectSymbol("(");
        boolean concurrently = false;
        while (!c.acceptSymbol(")")) {
            if (c.accept("concurrently")) {
                concurrently = !c.acceptOff();
            }
            c.skipToListEnd();
            c.acceptSymbol(",");
            if (c.atEnd()) {
                throw c.failure("option list not closed");
            }
        }
        return concurrently;
    }
}
