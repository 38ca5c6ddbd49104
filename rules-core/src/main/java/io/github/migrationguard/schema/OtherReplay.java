package io.github.migrationguard.schema;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;

import java.util.List;
import java.util.Optional;

/**
 * The {@link Statement.Other} commands that change what the catalog tracks: views, materialized views and
 * foreign tables created (columns unknown), policies created, renamed and dropped, and commands that
 * create or change relations in ways the catalog cannot follow.
 */
final class OtherReplay {

    /** Commands without a target that may create or change relations behind the catalog's back. */
    private static final List<String> UNFOLLOWED = List.of("IMPORT FOREIGN SCHEMA", "DROP OWNED", "CREATE RULE");

    private OtherReplay() {
    }

    static void apply(Statement.Other other, Optional<AnalyzedStatement> analyzed, Relations relations,
                      TableReplay tables, Catalog.Place place) {
        Optional<QualifiedName> target = other.target();
        switch (other.command()) {
            case "CREATE VIEW" -> target.ifPresent(t -> created(t, RelationKind.VIEW, relations, place));
            case "CREATE MATERIALIZED VIEW" -> target.ifPresent(t -> {
                created(t, RelationKind.MATERIALIZED_VIEW, relations, place);
                boolean noData = analyzed.filter(a -> DdlTokens.endsWithNoData(a.sql())).isPresent();
                relations.find(t).ifPresent(view -> {
                    view.unpopulated = noData;
                    view.changed();
                });
            });
            case "CREATE FOREIGN TABLE" -> target.ifPresent(t -> created(t, RelationKind.FOREIGN_TABLE, relations, place));
            case "CREATE POLICY", "ALTER POLICY", "DROP POLICY" -> target.ifPresent(t -> policy(other.command(),
                    relations.find(t).orElseGet(() -> tables.placeholder(t, RelationKind.TABLE)),
                    analyzed.map(a -> DdlTokens.policyNames(a.sql())).orElse(List.of())));
            default -> {
                if (UNFOLLOWED.contains(other.command())) {
                    target.flatMap(relations::find).ifPresent(t -> {
                        t.complete = false;
                        t.changed();
                    });
                    place.unfollowed(other.command(), target);
                }
            }
        }
    }

    /** {@code CREATE OR REPLACE VIEW} of a known view keeps it as it was: same relation, same newness. */
    private static void created(QualifiedName name, RelationKind kind, Relations relations, Catalog.Place place) {
        if (relations.find(name).filter(t -> t.name.equals(name) && t.kind == kind).isEmpty()) {
            relations.add(new TableState(name, kind, true, false, place.script()));
        }
    }

    private static void policy(String command, TableState table, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        String name = names.get(0);
        switch (command) {
            case "CREATE POLICY" -> {
                if (!table.policies.contains(name)) {
                    table.policies.add(name);
                }
            }
            case "DROP POLICY" -> table.policies.remove(name);
            default -> {
                if (names.size() > 1 && table.policies.remove(name)) {
                    table.policies.add(names.get(1));
                }
            }
        }
        table.changed();
    }
}
