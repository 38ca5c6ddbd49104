package io.github.migrationguard.model;

import java.util.Optional;

/** One action of an {@code ALTER TABLE}; a statement may hold several, separated by commas. */
public sealed interface AlterAction {

    record AddColumn(ColumnDef column, boolean ifNotExists) implements AlterAction {
    }

    record DropColumn(String column, boolean ifExists, boolean cascade) implements AlterAction {
    }

    /** {@code ALTER COLUMN c [SET DATA] TYPE t [COLLATE x] [USING expr]}. */
    record AlterColumnType(String column, DataType type, Optional<Expr> using, Optional<String> collation)
            implements AlterAction {
    }

    record SetNotNull(String column) implements AlterAction {
    }

    record DropNotNull(String column) implements AlterAction {
    }

    record SetDefault(String column, Expr expr) implements AlterAction {
    }

    record DropDefault(String column) implements AlterAction {
    }

    /** {@code ADD [CONSTRAINT n] …}; {@code NOT VALID} is on the constraint. */
    record AddConstraint(ConstraintDef constraint) implements AlterAction {
    }

    record ValidateConstraint(String name) implements AlterAction {
    }

    record DropConstraint(String name, boolean ifExists, boolean cascade) implements AlterAction {
    }

    record RenameColumn(String from, String to) implements AlterAction {
    }

    record RenameConstraint(String from, String to) implements AlterAction {
    }

    /** {@code RENAME TO name}. */
    record RenameTable(String to) implements AlterAction {
    }

    record SetSchema(String schema) implements AlterAction {
    }

    record AttachPartition(QualifiedName partition, boolean defaultPartition) implements AlterAction {
    }

    record DetachPartition(QualifiedName partition, boolean concurrently, boolean finalizing) implements AlterAction {
    }

    /** {@code ENABLE|DISABLE|FORCE|NO FORCE ROW LEVEL SECURITY}. */
    record RowLevelSecurity(Mode mode) implements AlterAction {
        public enum Mode { ENABLE, DISABLE, FORCE, NO_FORCE }
    }

    /** {@code ENABLE|DISABLE TRIGGER name|ALL|USER}; {@code trigger} is lower-cased {@code all}/{@code user} for those. */
    record EnableTrigger(String trigger, boolean enable) implements AlterAction {
    }

    /**
     * Any other action, kept with the lock PostgreSQL takes for it and whether it rewrites the table
     * ({@code SET TABLESPACE}, {@code SET LOGGED}, {@code OWNER TO}, {@code SET (fillfactor = 70)}, …).
     *
     * @param keywords the leading words of the action, upper case, e.g. {@code SET TABLESPACE}
     */
    record Other(String keywords, LockMode lock, boolean rewrites) implements AlterAction {
    }
}
