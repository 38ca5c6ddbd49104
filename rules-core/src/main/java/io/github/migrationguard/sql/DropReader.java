package io.github.migrationguard.sql;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code DROP …}: relations become {@link Statement.DropRelation}, indexes {@link Statement.DropIndex},
 * objects that hang on a table ({@code TRIGGER}, {@code POLICY}, {@code RULE … ON table}) an
 * {@link Statement.Other} with the table and its lock, {@code DROP TABLESPACE} an {@code Other}
 * (it cannot run in a transaction), everything else a {@link Statement.DropObject}.
 */
final class DropReader {

    private DropReader() {
    }

    /** The cursor stands after {@code DROP}. */
    static Statement read(TokenCursor c) {
        if (c.accept("index")) {
            return IndexReader.drop(c);
        }
        Optional<RelationKind> relation = relationKind(c);
        if (relation.isPresent()) {
            boolean ifExists = c.accept("if", "exists");
            List<QualifiedName> names = c.qualifiedNameList();
            boolean cascade = AlterTableReader.dropBehaviourIsCascade(c);
            c.expectEnd();
            return new Statement.DropRelation(relation.get(), names, ifExists, cascade);
        }
        for (String onTable : List.of("trigger", "policy", "rule")) {
            if (c.accept(onTable)) {
                c.accept("if", "exists");
                c.identifier();
                c.expect("on");
                QualifiedName table = c.qualifiedName();
                return new Statement.Other("DROP " + onTable.toUpperCase(java.util.Locale.ROOT), Optional.of(table),
                        Optional.of(LockMode.ACCESS_EXCLUSIVE));
            }
        }
        if (c.accept("tablespace")) {
            c.skipToEnd();
            return Statement.Other.of("DROP TABLESPACE");
        }
        if (c.is("owned", "by")) {
            c.skipToEnd();
            return Statement.Other.of("DROP OWNED");
        }
        String kind = ObjectKinds.read(c);
        boolean ifExists = c.accept("if", "exists");
        List<QualifiedName> names = new ArrayList<>();
        do {
            names.add(c.qualifiedName());
            // DROP FUNCTION f(int, text), DROP CAST (a AS b), DROP USER MAPPING FOR … SERVER …
            while (!c.atEnd() && !c.isSymbol(",") && !c.isAny("cascade", "restrict")) {
                c.skipItem();
            }
        } while (c.acceptSymbol(","));
        boolean cascade = AlterTableReader.dropBehaviourIsCascade(c);
        return new Statement.DropObject(kind, names, ifExists, cascade);
    }

    /** The relation kinds {@code DROP} and {@code ALTER} treat as relations, consumed when present. */
    static Optional<RelationKind> relationKind(TokenCursor c) {
        if (c.accept("table")) {
            return Optional.of(RelationKind.TABLE);
        }
        if (c.accept("view")) {
            return Optional.of(RelationKind.VIEW);
        }
        if (c.accept("materialized", "view")) {
            return Optional.of(RelationKind.MATERIALIZED_VIEW);
        }
        if (c.accept("foreign", "table")) {
            return Optional.of(RelationKind.FOREIGN_TABLE);
        }
        if (c.accept("sequence")) {
            return Optional.of(RelationKind.SEQUENCE);
        }
        return Optional.empty();
    }
}
