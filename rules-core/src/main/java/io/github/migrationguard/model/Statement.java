package io.github.migrationguard.model;

import java.util.List;
import java.util.Optional;

/**
 * What one SQL statement does, in the terms the rules need. Built by the frontends from tokens
 * (and JSqlParser for expressions); rules never see a parser's own classes.
 */
public sealed interface Statement {

    record CreateTable(QualifiedName name, List<ColumnDef> columns, List<ConstraintDef> constraints,
                       boolean ifNotExists, boolean temporary, Optional<QualifiedName> partitionOf,
                       boolean asSelect) implements Statement {
        public CreateTable {
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
        }
    }

    /** {@code ALTER TABLE|VIEW|MATERIALIZED VIEW|FOREIGN TABLE … action, …}. */
    record AlterTable(QualifiedName table, RelationKind kind, boolean ifExists, boolean only,
                      List<AlterAction> actions) implements Statement {
        public AlterTable {
            actions = List.copyOf(actions);
        }
    }

    /**
     * @param name    the index name, absent when PostgreSQL picks one
     * @param columns key columns or expressions as written
     * @param where   the predicate of a partial index, as written
     * @param method  access method, lower case ({@code btree} when not written)
     */
    record CreateIndex(Optional<String> name, QualifiedName table, boolean unique, boolean concurrently,
                       boolean ifNotExists, boolean only, List<String> columns, Optional<String> where,
                       String method) implements Statement {
        public CreateIndex {
            columns = List.copyOf(columns);
        }
    }

    record DropIndex(List<QualifiedName> names, boolean concurrently, boolean ifExists, boolean cascade)
            implements Statement {
        public DropIndex {
            names = List.copyOf(names);
        }
    }

    /** {@code ALTER INDEX name …}: rename, attach partition, set tablespace and the like. */
    record AlterIndex(QualifiedName index, String keywords, Optional<String> argument) implements Statement {
    }

    record Reindex(Target target, Optional<QualifiedName> name, boolean concurrently) implements Statement {
        public enum Target { INDEX, TABLE, SCHEMA, DATABASE, SYSTEM }
    }

    /** {@code DROP TABLE|VIEW|MATERIALIZED VIEW|FOREIGN TABLE|SEQUENCE}. */
    record DropRelation(RelationKind kind, List<QualifiedName> names, boolean ifExists, boolean cascade)
            implements Statement {
        public DropRelation {
            names = List.copyOf(names);
        }
    }

    /** {@code DROP SCHEMA|DATABASE|TYPE|FUNCTION|…}; {@code kind} upper case, e.g. {@code SCHEMA}. */
    record DropObject(String kind, List<QualifiedName> names, boolean ifExists, boolean cascade)
            implements Statement {
        public DropObject {
            names = List.copyOf(names);
        }
    }

    record Truncate(List<QualifiedName> tables, boolean cascade) implements Statement {
        public Truncate {
            tables = List.copyOf(tables);
        }
    }

    /**
     * @param where   the {@code WHERE} clause, absent when there is none
     * @param limited {@code LIMIT} written on the UPDATE itself (not PostgreSQL)
     */
    record Update(QualifiedName table, List<String> setColumns, Optional<Predicate> where, boolean limited,
                  List<QualifiedName> fromTables) implements Statement {
        public Update {
            setColumns = List.copyOf(setColumns);
            fromTables = List.copyOf(fromTables);
        }
    }

    record Delete(QualifiedName table, Optional<Predicate> where, boolean limited, List<QualifiedName> usingTables)
            implements Statement {
        public Delete {
            usingTables = List.copyOf(usingTables);
        }
    }

    /**
     * @param columns       target columns as written (empty when not listed)
     * @param fromSelect    the rows come from a query rather than {@code VALUES}/{@code DEFAULT VALUES}
     * @param readsFrom     tables the query reads
     * @param selectWhere   the query's {@code WHERE}, when it has one
     * @param selectLimited the query has {@code LIMIT}/{@code FETCH FIRST}
     */
    record Insert(QualifiedName table, List<String> columns, boolean fromSelect, List<QualifiedName> readsFrom,
                  Optional<Predicate> selectWhere, boolean selectLimited, boolean onConflictUpdate)
            implements Statement {
        public Insert {
            columns = List.copyOf(columns);
            readsFrom = List.copyOf(readsFrom);
        }
    }

    /** {@code SET [LOCAL|SESSION] name = value}, {@code SET name TO value}, {@code RESET name} (value absent). */
    record SetSetting(String name, Optional<String> value, boolean local) implements Statement {
    }

    /**
     * {@code BEGIN}, {@code COMMIT}, savepoints, two-phase commit.
     *
     * @param chain {@code COMMIT/ROLLBACK AND CHAIN}: a new transaction opens as soon as this one ends
     */
    record TransactionControl(Command command, boolean chain) implements Statement {

        public TransactionControl(Command command) {
            this(command, false);
        }

        /** A transaction block is open after it: {@code BEGIN}, or {@code … AND CHAIN}. */
        public boolean opens() {
            return command.starts() || (chain && command.ends());
        }

        public enum Command {
            BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE_SAVEPOINT, ROLLBACK_TO_SAVEPOINT,
            PREPARE_TRANSACTION, COMMIT_PREPARED, ROLLBACK_PREPARED;

            public boolean starts() {
                return this == BEGIN;
            }

            public boolean ends() {
                return this == COMMIT || this == ROLLBACK || this == PREPARE_TRANSACTION;
            }
        }
    }

    /**
     * {@code DO $$ … $$}. Its statements are analysed as statements of their own (see
     * {@code AnalyzedStatement#nesting}); here only what the block as a whole does.
     */
    record DoBlock(String language, Body body) implements Statement {
    }

    /**
     * {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}; body statements are analysed for data-change rules.
     *
     * @param volatility {@code volatile}, {@code stable} or {@code immutable} as declared, {@code volatile} when not
     */
    record CreateRoutine(QualifiedName name, boolean procedure, String language, Body body, String volatility)
            implements Statement {
        public CreateRoutine(QualifiedName name, boolean procedure, String language, Body body) {
            this(name, procedure, language, body, "volatile");
        }
    }

    /**
     * Facts about a procedural body.
     *
     * @param loops      it has {@code LOOP}, {@code WHILE} or {@code FOR} loops
     * @param commits    it runs {@code COMMIT} or {@code ROLLBACK}
     * @param sleeps     it calls {@code pg_sleep}
     * @param statements how many statements were found in it
     */
    record Body(boolean loops, boolean commits, boolean sleeps, int statements) {
        public static final Body EMPTY = new Body(false, false, false, 0);
    }

    /** {@code VACUUM [FULL] [tables]}; {@code ANALYZE} is {@code analyzeOnly}. */
    record Vacuum(boolean full, boolean analyzeOnly, List<QualifiedName> tables) implements Statement {
        public Vacuum {
            tables = List.copyOf(tables);
        }
    }

    record Cluster(Optional<QualifiedName> table) implements Statement {
    }

    /** {@code LOCK [TABLE] names [IN mode MODE]}; mode is ACCESS EXCLUSIVE when not written. */
    record LockTable(List<QualifiedName> tables, LockMode mode) implements Statement {
        public LockTable {
            tables = List.copyOf(tables);
        }
    }

    record RefreshMaterializedView(QualifiedName name, boolean concurrently, boolean withNoData)
            implements Statement {
    }

    /** {@code ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'v' [BEFORE|AFTER 'w']}. */
    record AlterTypeAddValue(QualifiedName type, String value, boolean ifNotExists) implements Statement {
    }

    /** {@code CREATE TYPE name AS ENUM ('a', 'b', …)}. */
    record CreateEnumType(QualifiedName name, List<String> values) implements Statement {
        public CreateEnumType {
            values = List.copyOf(values);
        }
    }

    /**
     * {@code CREATE DOMAIN name [AS] type …}.
     *
     * @param constrained it has a {@code CHECK} or {@code NOT NULL} constraint, so converting a column to it checks every row
     */
    record CreateDomain(QualifiedName name, DataType baseType, boolean constrained) implements Statement {
    }

    /**
     * {@code ALTER DOMAIN name …}, in the detail the lock rules need: adding, validating or requiring a
     * constraint checks every row of every column of the domain's type.
     *
     * @param constraint the constraint named by {@code ADD CONSTRAINT name} or {@code VALIDATE CONSTRAINT name}
     * @param notValid   {@code ADD … NOT VALID}: existing rows are not checked
     */
    record AlterDomain(QualifiedName domain, Action action, Optional<String> constraint, boolean notValid)
            implements Statement {
        public enum Action { ADD_CONSTRAINT, VALIDATE_CONSTRAINT, SET_NOT_NULL, OTHER }
    }

    /**
     * {@code COPY table … FROM STDIN|file} or {@code TO}. The data lines after a {@code FROM STDIN}
     * are not statements.
     */
    record Copy(QualifiedName table, boolean from) implements Statement {
    }

    /**
     * A statement the frontends recognise by its leading words but do not model in detail
     * ({@code CREATE VIEW}, {@code GRANT}, {@code COMMENT ON}, {@code CREATE EXTENSION}, {@code CREATE DATABASE},
     * {@code CREATE TRIGGER}, {@code ALTER SYSTEM}, …).
     *
     * @param command the leading keywords, upper case and single-spaced, e.g. {@code CREATE TRIGGER}
     * @param target  the relation it locks, when it locks one
     * @param lock    the lock it takes on {@code target}
     */
    record Other(String command, Optional<QualifiedName> target, Optional<LockMode> lock) implements Statement {
        public static Other of(String command) {
            return new Other(command, Optional.empty(), Optional.empty());
        }
    }

    /** A statement no frontend could read; {@code reason} says why, for the {@code unanalyzed-statement} finding. */
    record Unrecognized(String reason) implements Statement {
    }
}
