package io.github.migrationguard.schema;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schema as the migrations so far have left it, replayed statement by statement through every
 * script in order (applied and pending): relations with their columns, indexes, constraints, row-level
 * security and policies; enum types and domains; and the statements it could not follow.
 *
 * <p>Rules read immutable snapshots ({@link TableInfo}). A relation is new when it was created
 * earlier in the deployment scope (empty and unused), existing otherwise; the scope is one migration
 * unless the caller knows the pending set ({@link #resetScope()} starts a new one).
 *
 * <p>A relation the replayed scripts did not create but altered or indexed is known with
 * {@code complete = false}: what the catalog saw of it is true, what it did not see is unknown.
 */
public final class Catalog {

    private final Relations relations = new Relations();
    private final Types types = new Types();
    private final List<Unfollowed> unfollowed = new ArrayList<>();
    private final Place place = new Place();
    private final TableReplay tables = new TableReplay(relations, place);

    /** Starts a new scope: nothing is new any more. */
    public void resetScope() {
        for (TableState t : relations.all()) {
            if (t.newInScope) {
                t.newInScope = false;
                t.changed();
            }
        }
    }

    /** True when the relation was created earlier in the deployment scope. */
    public boolean isNew(QualifiedName relation) {
        return relations.anyNew(relation);
    }

    /** True when the relation may hold rows and serve traffic: it was not created in this deployment. */
    public boolean isExisting(QualifiedName relation) {
        return !isNew(relation);
    }

    /** The relation (table, partitioned table, view, materialized view, foreign table) so named, if known. */
    public Optional<TableInfo> table(QualifiedName name) {
        return relations.find(name).map(TableState::snapshot);
    }

    /** The relation holding the index so named, if the catalog knows the index. */
    public Optional<TableInfo> tableOfIndex(QualifiedName index) {
        return relations.ownerOfIndex(index).map(TableState::snapshot);
    }

    /** The partitions the catalog knows of {@code parent}, in the order it learnt of them. */
    public List<TableInfo> partitionsOf(QualifiedName parent) {
        return relations.all().stream().filter(t -> t.partitionOf.filter(parent::sameObject).isPresent())
                .map(TableState::snapshot).toList();
    }

    /** Every known relation, in the order the catalog learnt of them. */
    public List<TableInfo> tables() {
        return relations.all().stream().map(TableState::snapshot).toList();
    }

    /** The values of an enum type, in the order they were added, if the catalog saw it created. */
    public Optional<List<String>> enumValues(QualifiedName type) {
        return types.enumValues(type);
    }

    /**
     * The volatility ({@code volatile}, {@code stable}, {@code immutable}) a function so named was declared with,
     * if the catalog saw it created.
     */
    public Optional<String> functionVolatility(QualifiedName function) {
        return types.functionVolatility(function);
    }

    /** The domain so named, if the catalog saw it created. */
    public Optional<Statement.CreateDomain> domain(QualifiedName name) {
        return types.domain(name);
    }

    /** The columns whose type (or array element type) is {@code type}: an enum, a domain or any other named type. */
    public List<ColumnRef> usersOfType(QualifiedName type) {
        List<ColumnRef> users = new ArrayList<>();
        for (TableState t : relations.all()) {
            for (ColumnInfo c : t.columns) {
                if (Types.nameOf(c.type()).sameObject(type)) {
                    users.add(new ColumnRef(t.name, c.name()));
                }
            }
        }
        return users;
    }

    /** The domains the catalog saw created over {@code type}. */
    public List<QualifiedName> domainsOver(QualifiedName type) {
        return types.domainsOver(type);
    }

    /** The columns that hold values of {@code type}: of that type (or arrays of it), or of a domain over it. */
    public List<ColumnRef> columnsHolding(QualifiedName type) {
        List<QualifiedName> domains = domainsOver(type);
        List<ColumnRef> holding = new ArrayList<>();
        for (TableState t : relations.all()) {
            for (ColumnInfo c : t.columns) {
                QualifiedName named = Types.nameOf(c.type());
                if (named.sameObject(type) || domains.stream().anyMatch(named::sameObject)) {
                    holding.add(new ColumnRef(t.name, c.name()));
                }
            }
        }
        return holding;
    }

    /** Statements the catalog could not follow, in replay order. */
    public List<Unfollowed> unfollowed() {
        return List.copyOf(unfollowed);
    }

    /** The last statement the catalog could not follow that may have changed {@code relation}, if any. */
    public Optional<Unfollowed> lostTrackOf(QualifiedName relation) {
        for (int i = unfollowed.size() - 1; i >= 0; i--) {
            Unfollowed u = unfollowed.get(i);
            if (u.relation().isEmpty() || u.relation().get().sameObject(relation)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** Follows one statement of no particular script (tests, tools). */
    public void apply(Statement statement) {
        place.at("", 0);
        replay(statement, Optional.empty());
    }

    /** Follows one statement of the script at {@code file}; routine bodies do not run, so callers skip them. */
    public void apply(String file, AnalyzedStatement statement) {
        place.at(file, statement.sql().range().line());
        replay(statement.model(), Optional.of(statement));
    }

    private void replay(Statement statement, Optional<AnalyzedStatement> analyzed) {
        if (statement instanceof Statement.CreateTable create) {
            tables.create(create, analyzed.map(AnalyzedStatement::sql));
        } else if (statement instanceof Statement.AlterTable alter) {
            tables.alter(alter);
        } else if (statement instanceof Statement.CreateIndex index) {
            tables.createIndex(index);
        } else if (statement instanceof Statement.DropIndex drop) {
            for (QualifiedName name : drop.names()) {
                relations.ownerOfIndex(name).ifPresent(t -> {
                    t.indexes.removeIf(i -> i.name().equals(name.name()));
                    t.changed();
                });
            }
        } else if (statement instanceof Statement.AlterIndex alter && alter.keywords().equals("RENAME TO")) {
            relations.ownerOfIndex(alter.index()).ifPresent(t ->
                    TableReplay.renameConstraint(t, alter.index().name(), alter.argument().orElse(alter.index().name())));
        } else if (statement instanceof Statement.DropRelation drop) {
            drop.names().forEach(this::dropRelation);
        } else if (statement instanceof Statement.DropObject drop) {
            dropObject(drop);
        } else if (statement instanceof Statement.CreateEnumType || statement instanceof Statement.AlterTypeAddValue
                || statement instanceof Statement.CreateDomain || statement instanceof Statement.CreateRoutine) {
            types.apply(statement);
        } else if (statement instanceof Statement.RefreshMaterializedView refresh) {
            relations.find(refresh.name()).ifPresent(view -> {
                view.unpopulated = refresh.withNoData();
                view.changed();
            });
        } else if (statement instanceof Statement.Other other && other.command().equals("ALTER FUNCTION")) {
            // may change its volatility: no longer known
            analyzed.flatMap(a -> DdlTokens.nameAfter(a.sql(), 2)).ifPresent(types::dropFunction);
        } else if (statement instanceof Statement.Other other) {
            OtherReplay.apply(other, analyzed, relations, tables, place);
        } else if (statement instanceof Statement.Unrecognized unrecognized) {
            unrecognized(unrecognized, analyzed);
        } else if (statement instanceof Statement.DoBlock && analyzed.isPresent()
                && DdlTokens.runsDynamicSql(analyzed.get().sql())) {
            place.unfollowed("dynamic SQL (EXECUTE of a computed string) in a DO block", Optional.empty());
        }
    }

    private void dropRelation(QualifiedName name) {
        relations.find(name).ifPresent(table -> {
            relations.remove(table);
            // Partitions go with their parent.
            List<TableState> partitions = relations.all().stream()
                    .filter(t -> t.partitionOf.filter(table.name::sameObject).isPresent()).toList();
            partitions.forEach(relations::remove);
            // Foreign keys that reference it go too (with CASCADE; without, the drop fails while any is left).
            for (TableState other : relations.all()) {
                if (other.constraints.removeIf(c -> c.kind() == ConstraintKind.FOREIGN_KEY
                        && c.references().filter(r -> r.table().sameObject(table.name)).isPresent())) {
                    other.changed();
                }
            }
        });
    }

    private void dropObject(Statement.DropObject drop) {
        switch (drop.kind()) {
            case "SCHEMA" -> {
                for (QualifiedName schema : drop.names()) {
                    List<TableState> inSchema = relations.all().stream()
                            .filter(t -> schema.name().equals(t.name.schema())).toList();
                    inSchema.forEach(relations::remove);
                }
            }
            case "FUNCTION" -> drop.names().forEach(types::dropFunction);
            case "TYPE", "DOMAIN" -> {
                for (QualifiedName type : drop.names()) {
                    types.drop(type);
                    if (drop.cascade()) {
                        // CASCADE drops the columns of that type.
                        for (ColumnRef user : usersOfType(type)) {
                            relations.find(user.table()).ifPresent(t -> {
                                t.columns.removeIf(c -> c.name().equals(user.column()));
                                t.changed();
                            });
                        }
                    }
                }
            }
            default -> {
                if (drop.cascade()) {
                    place.unfollowed("DROP " + drop.kind() + " … CASCADE (may drop columns, defaults or indexes)",
                            Optional.empty());
                }
            }
        }
    }

    private void unrecognized(Statement.Unrecognized statement, Optional<AnalyzedStatement> analyzed) {
        Optional<DdlTokens.Guess> guess = analyzed.flatMap(a -> DdlTokens.guessRelation(a.sql()));
        if (guess.isPresent() && guess.get().creates()) {
            // Still created, so still new: later statements on it must not be taken for changes to a live table.
            TableState table = new TableState(guess.get().relation(), RelationKind.TABLE, true, false, place.script());
            relations.add(table);
        } else {
            guess.flatMap(g -> relations.find(g.relation())).ifPresent(t -> {
                t.complete = false;
                t.changed();
            });
        }
        place.unfollowed("a statement no reader could follow (" + statement.reason() + ")",
                guess.map(DdlTokens.Guess::relation));
    }

    /** Where the replay stands, so that whatever it records names the script and line. */
    final class Place {
        private String file = "";
        private int line;

        void at(String file, int line) {
            this.file = file;
            this.line = line;
        }

        String file() {
            return file;
        }

        /** The current script, absent for statements applied without one. */
        Optional<String> script() {
            return file.isEmpty() ? Optional.empty() : Optional.of(file);
        }

        void unfollowed(String what, Optional<QualifiedName> relation) {
            unfollowed.add(new Unfollowed(file, line, what, relation));
        }
    }
}
