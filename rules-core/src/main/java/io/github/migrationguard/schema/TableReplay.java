package io.github.migrationguard.schema;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.sql.SqlStatement;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replays {@code CREATE TABLE}, {@code ALTER TABLE} and {@code CREATE INDEX} on the catalog's relations,
 * as PostgreSQL would change its own catalog.
 */
final class TableReplay {

    /** Actions that change columns in ways the model does not spell out (which column, which parent). */
    private static final Set<String> UNFOLLOWED_ACTIONS = Set.of("ALTER COLUMN ADD GENERATED AS IDENTITY",
            "ALTER COLUMN DROP IDENTITY", "ALTER COLUMN SET IDENTITY", "ALTER COLUMN DROP EXPRESSION",
            "ALTER COLUMN SET EXPRESSION", "INHERIT", "NO INHERIT", "OF", "NOT OF");

    private final Relations relations;
    private final Catalog.Place place;

    TableReplay(Relations relations, Catalog.Place place) {
        this.relations = relations;
        this.place = place;
    }

    void create(Statement.CreateTable create, Optional<SqlStatement> sql) {
        if (create.ifNotExists() && relations.find(create.name()).isPresent()) {
            return; // a no-op on a relation that is there: it keeps its rows, and its newness
        }
        TableState table = new TableState(create.name(), RelationKind.TABLE, true,
                !create.asSelect(), place.script());
        sql.ifPresent(s -> copyInherited(table, s));
        create.partitionOf().ifPresent(parent -> attach(table, parent));
        table.defaultPartition = create.partitionOf().isPresent() && sql.map(DdlTokens::defaultPartition).orElse(false);
        for (ColumnDef column : create.columns()) {
            addColumn(table, column);
        }
        for (ConstraintDef constraint : create.constraints()) {
            addConstraint(table, constraint);
        }
        table.partitioned = sql.map(DdlTokens::partitionBy).orElse(false);
        table.partitioningKnown = sql.isPresent() || create.asSelect();
        relations.add(table);
        create.partitionOf().flatMap(relations::find).ifPresent(parent -> cloneIndexes(parent, table));
    }

    /** Columns a {@code LIKE} or {@code INHERITS} brings in; an unknown source leaves the table incomplete. */
    private void copyInherited(TableState table, SqlStatement sql) {
        for (DdlTokens.Like like : DdlTokens.likes(sql)) {
            Optional<TableState> source = relations.find(like.source());
            if (source.isEmpty()) {
                table.complete = false;
                continue;
            }
            for (ColumnInfo column : source.get().columns) {
                table.columns.add(like.copiesDefaults() ? column : column.withDefault(Optional.empty()));
            }
            table.complete &= source.get().complete && !like.copiesMoreThanColumns();
        }
        for (QualifiedName parent : DdlTokens.inherits(sql)) {
            Optional<TableState> source = relations.find(parent);
            source.ifPresent(s -> s.columns.stream().filter(c -> table.columnIndex(c.name()) < 0).forEach(table.columns::add));
            table.complete &= source.map(s -> s.complete).orElse(false);
        }
    }

    private void attach(TableState partition, QualifiedName parentName) {
        partition.partitionOf = Optional.of(parentName);
        Optional<TableState> parent = relations.find(parentName);
        if (parent.isEmpty()) {
            partition.complete = false;
            return;
        }
        parent.get().partitioned = true;
        parent.get().changed();
        if (partition.columns.isEmpty()) {
            partition.columns.addAll(parent.get().columns);
            partition.complete &= parent.get().complete;
        }
    }

    /** A partition gets its own copy of each of the parent's indexes, named after the partition. */
    private static void cloneIndexes(TableState parent, TableState partition) {
        for (IndexInfo index : parent.indexes) {
            String name = ObjectNames.index(partition.name.name(), index.columns());
            partition.addIndex(new IndexInfo(name, partition.name, index.columns(), index.unique(), index.partial(), true));
        }
    }

    void createIndex(Statement.CreateIndex create) {
        TableState table = relations.find(create.table()).orElseGet(() -> placeholder(create.table(),
                RelationKind.TABLE));
        List<String> keys = create.columns().stream().map(ObjectNames::indexKey).toList();
        String name = create.name().orElseGet(() -> ObjectNames.index(table.name.name(), keys));
        if (create.ifNotExists() && table.indexIndex(name) >= 0) {
            return;
        }
        table.addIndex(new IndexInfo(name, table.name, keys, create.unique(), create.where().isPresent(), true));
        if (table.partitioned && !create.only()) {
            for (TableState partition : relations.all()) {
                if (partition.partitionOf.filter(table.name::sameObject).isPresent()) {
                    partition.addIndex(new IndexInfo(ObjectNames.index(partition.name.name(), keys), partition.name, keys,
                            create.unique(), create.where().isPresent(), true));
                }
            }
        }
    }

    /** A relation the replayed scripts did not create: it existed before them, and the catalog knows little of it. */
    TableState placeholder(QualifiedName name, RelationKind kind) {
        TableState table = new TableState(name, kind, false, false, Optional.empty());
        relations.add(table);
        return table;
    }

    void alter(Statement.AlterTable alter) {
        TableState table = relations.find(alter.table()).orElseGet(() -> placeholder(alter.table(), alter.kind()));
        for (AlterAction action : alter.actions()) {
            apply(table, action);
        }
        table.changed();
    }

    private void apply(TableState table, AlterAction action) {
        if (action instanceof AlterAction.AddColumn add) {
            if (!(add.ifNotExists() && table.columnIndex(add.column().name()) >= 0)) {
                addColumn(table, add.column());
            }
        } else if (action instanceof AlterAction.DropColumn drop) {
            dropColumn(table, drop.column());
        } else if (action instanceof AlterAction.AlterColumnType type) {
            table.updateColumn(type.column(), c -> c.withType(type.type()));
        } else if (action instanceof AlterAction.SetNotNull set) {
            table.updateColumn(set.column(), c -> c.withNotNull(true));
        } else if (action instanceof AlterAction.DropNotNull drop) {
            table.updateColumn(drop.column(), c -> c.withNotNull(false));
            table.constraints.removeIf(c -> c.kind() == ConstraintKind.NOT_NULL
                    && c.notNullColumn().filter(drop.column()::equals).isPresent());
        } else if (action instanceof AlterAction.SetDefault set) {
            table.updateColumn(set.column(), c -> c.withDefault(Optional.of(set.expr())));
        } else if (action instanceof AlterAction.DropDefault drop) {
            table.updateColumn(drop.column(), c -> c.withDefault(Optional.empty()));
        } else if (action instanceof AlterAction.AddConstraint add) {
            addConstraint(table, add.constraint());
        } else if (action instanceof AlterAction.ValidateConstraint validate) {
            validate(table, validate.name());
        } else if (action instanceof AlterAction.DropConstraint drop) {
            table.constraints.removeIf(c -> c.name().equals(drop.name()));
            table.indexes.removeIf(i -> i.name().equals(drop.name()));
        } else if (action instanceof AlterAction.RenameColumn rename) {
            renameColumn(table, rename.from(), rename.to());
        } else if (action instanceof AlterAction.RenameConstraint rename) {
            renameConstraint(table, rename.from(), rename.to());
        } else if (action instanceof AlterAction.RenameTable rename) {
            relations.rename(table, new QualifiedName(table.name.schema(), rename.to()));
        } else if (action instanceof AlterAction.SetSchema set) {
            relations.rename(table, new QualifiedName(set.schema(), table.name.name()));
        } else if (action instanceof AlterAction.AttachPartition attach) {
            TableState partition = relations.find(attach.partition())
                    .orElseGet(() -> placeholder(attach.partition(), RelationKind.TABLE));
            partition.partitionOf = Optional.of(table.name);
            partition.defaultPartition = attach.defaultPartition();
            partition.changed();
            table.partitioned = true;
        } else if (action instanceof AlterAction.DetachPartition detach) {
            relations.find(detach.partition()).ifPresent(p -> {
                p.partitionOf = Optional.empty();
                p.defaultPartition = false;
                p.changed();
            });
        } else if (action instanceof AlterAction.RowLevelSecurity rls) {
            if (rls.mode() == AlterAction.RowLevelSecurity.Mode.ENABLE) {
                table.rowLevelSecurity = true;
            } else if (rls.mode() == AlterAction.RowLevelSecurity.Mode.DISABLE) {
                table.rowLevelSecurity = false;
            }
        } else if (action instanceof AlterAction.Other other && UNFOLLOWED_ACTIONS.contains(other.keywords())) {
            table.complete = false;
            place.unfollowed("ALTER " + table.kind.sql() + " … " + other.keywords(), Optional.of(table.name));
        }
    }

    private void addColumn(TableState table, ColumnDef column) {
        table.columns.add(new ColumnInfo(column.name(), column.type(), column.effectivelyNotNull(), column.defaultExpr(),
                column.generated()));
        table.changed();
        for (ConstraintDef constraint : column.constraints()) {
            addConstraint(table, constraint);
        }
    }

    /** Adds a constraint, with the index a PRIMARY KEY or UNIQUE builds (or takes over with {@code USING INDEX}). */
    void addConstraint(TableState table, ConstraintDef def) {
        List<String> columns = def.columns();
        if (def.usingIndex().isPresent()) {
            int index = table.indexIndex(def.usingIndex().get());
            if (index >= 0 && columns.isEmpty()) {
                columns = table.indexes.get(index).columns();
            }
        }
        String name = def.name().orElse(ObjectNames.constraint(table.name.name(), def.kind(), columns));
        boolean validated = !def.notValid();
        table.addConstraint(new ConstraintInfo(name, def.kind(), columns, validated, def.notNullColumn(),
                def.references(), place.script()));
        if (def.kind() == ConstraintKind.PRIMARY_KEY || def.kind() == ConstraintKind.UNIQUE) {
            int index = def.usingIndex().map(table::indexIndex).orElse(-1);
            if (index >= 0) {
                table.indexes.set(index, table.indexes.get(index).withName(name));
            } else {
                table.addIndex(new IndexInfo(name, table.name, columns, true, false, true));
            }
        }
        if (def.kind() == ConstraintKind.PRIMARY_KEY) {
            columns.forEach(c -> table.updateColumn(c, col -> col.withNotNull(true)));
        }
        if (def.kind() == ConstraintKind.NOT_NULL && validated) {
            def.notNullColumn().ifPresent(c -> table.updateColumn(c, col -> col.withNotNull(true)));
        }
    }

    private static void validate(TableState table, String name) {
        int i = table.constraintIndex(name);
        if (i < 0) {
            return;
        }
        ConstraintInfo constraint = table.constraints.get(i).validatedNow();
        table.constraints.set(i, constraint);
        if (constraint.kind() == ConstraintKind.NOT_NULL) {
            constraint.notNullColumn().ifPresent(c -> table.updateColumn(c, col -> col.withNotNull(true)));
        }
    }

    /** PostgreSQL drops the indexes and constraints that involve a dropped column, whatever else they cover. */
    private static void dropColumn(TableState table, String column) {
        int i = table.columnIndex(column);
        if (i >= 0) {
            table.columns.remove(i);
        }
        Pattern mention = Pattern.compile("(?<![A-Za-z0-9_$\"])\"?" + Pattern.quote(column) + "\"?(?![A-Za-z0-9_$\"])");
        table.indexes.removeIf(index -> index.columns().stream().anyMatch(k -> k.equals(column) || mention.matcher(k).find()));
        table.constraints.removeIf(c -> c.columns().contains(column)
                || c.notNullColumn().filter(column::equals).isPresent());
    }

    private static void renameColumn(TableState table, String from, String to) {
        table.updateColumn(from, c -> c.withName(to));
        for (int i = 0; i < table.indexes.size(); i++) {
            IndexInfo index = table.indexes.get(i);
            table.indexes.set(i, index.withColumns(index.columns().stream().map(c -> c.equals(from) ? to : c).toList()));
        }
        table.constraints.replaceAll(c -> c.withColumnRenamed(from, to));
    }

    /** Renaming the constraint of a PRIMARY KEY or UNIQUE renames its index, and the other way round. */
    static void renameConstraint(TableState table, String from, String to) {
        int c = table.constraintIndex(from);
        if (c >= 0) {
            table.constraints.set(c, table.constraints.get(c).withName(to));
        }
        int i = table.indexIndex(from);
        if (i >= 0) {
            table.indexes.set(i, table.indexes.get(i).withName(to));
        }
        table.changed();
    }
}
