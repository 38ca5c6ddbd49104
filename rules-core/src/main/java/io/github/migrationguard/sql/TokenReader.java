package io.github.migrationguard.sql;

import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;

import java.util.Optional;

/**
 * The token frontend: builds the statement model from the tokens of one statement. It is the source
 * of truth for the words that decide locks ({@code CONCURRENTLY}, {@code NOT VALID}, {@code USING INDEX},
 * {@code ONLY}, {@code IN … MODE}). It never throws: what it cannot follow becomes
 * {@link Statement.Unrecognized} with a reason that names the place.
 *
 * <p>{@code ALTER DOMAIN} is a {@link Statement.AlterDomain}.
 *
 * <h2>{@link Statement.Other} commands</h2>
 * Statements without a model of their own keep their leading keywords, upper case and single-spaced,
 * with noise words dropped ({@code OR REPLACE}, {@code TEMP}, {@code UNLOGGED}, {@code RECURSIVE},
 * {@code TRUSTED}, {@code PROCEDURAL}, {@code CONSTRAINT} of a constraint trigger):
 * <ul>
 *   <li>{@code CREATE <kind>} and {@code ALTER <kind>} for every object kind, e.g. {@code CREATE DATABASE},
 *       {@code CREATE TABLESPACE}, {@code CREATE SUBSCRIPTION}, {@code CREATE EXTENSION}, {@code CREATE TYPE}
 *       (other than {@code AS ENUM}: {@link TypeReader}), {@code CREATE SCHEMA}, {@code ALTER DATABASE}, {@code ALTER SEQUENCE},
 *       {@code ALTER TYPE} (other than {@code ADD VALUE}), {@code ALTER SYSTEM},
 *       {@code ALTER DEFAULT PRIVILEGES}, {@code ALTER FUNCTION} (incl. {@code OWNER TO}).</li>
 *   <li>With the relation in {@code target}: {@code CREATE VIEW} (lock ACCESS EXCLUSIVE only with
 *       {@code OR REPLACE}), {@code CREATE MATERIALIZED VIEW}, {@code CREATE SEQUENCE},
 *       {@code CREATE FOREIGN TABLE} (no lock: the relation is new).</li>
 *   <li>With the table and its lock: {@code CREATE TRIGGER} (SHARE ROW EXCLUSIVE), {@code CREATE POLICY},
 *       {@code ALTER POLICY}, {@code DROP POLICY}, {@code ALTER TRIGGER}, {@code DROP TRIGGER},
 *       {@code CREATE RULE}, {@code DROP RULE} (ACCESS EXCLUSIVE), {@code CREATE STATISTICS}
 *       (SHARE UPDATE EXCLUSIVE), {@code COMMENT ON} (SHARE UPDATE EXCLUSIVE on a relation or column's table,
 *       ACCESS SHARE for a constraint, trigger, policy or rule).</li>
 *   <li>{@code DROP TABLESPACE}, {@code DROP OWNED}. Every other {@code DROP} is a {@link Statement.DropObject}
 *       ({@code kind} {@code DATABASE}, {@code SCHEMA}, {@code TYPE}, …) or a relation/index drop.</li>
 *   <li>{@code ALTER TABLE ALL IN TABLESPACE}, {@code ALTER INDEX ALL IN TABLESPACE}.</li>
 *   <li>{@code DISCARD ALL} (and {@code DISCARD PLANS|SEQUENCES|TEMP}), {@code SET SESSION AUTHORIZATION},
 *       {@code SET SESSION CHARACTERISTICS}, {@code SET ROLE}, {@code SET CONSTRAINTS}, {@code SET TRANSACTION}.</li>
 *   <li>{@code SELECT} (any query that is not {@code set_config}), {@code VALUES}, {@code GRANT}, {@code REVOKE},
 *       {@code COMMENT ON}, {@code SECURITY LABEL}, {@code IMPORT FOREIGN SCHEMA}, {@code REASSIGN OWNED},
 *       {@code CALL}, {@code EXPLAIN}, {@code NOTIFY}, {@code LISTEN}, {@code UNLISTEN}, {@code CHECKPOINT},
 *       {@code LOAD}, {@code PREPARE}, {@code EXECUTE}, {@code DEALLOCATE}, {@code DECLARE}, {@code FETCH},
 *       {@code MOVE}, {@code CLOSE}, {@code SHOW}, {@code MERGE}, {@code COPY} (of a query).</li>
 * </ul>
 */
public final class TokenReader {

    private TokenReader() {
    }

    /** The model of one statement; never throws. */
    public static Statement read(SqlStatement statement) {
        try {
            Optional<String> problem = UnreadableText.reason(statement.tokens());
            if (problem.isPresent()) {
                return new Statement.Unrecognized(problem.get());
            }
            return dispatch(new TokenCursor(statement));
        } catch (ReadFailure e) {
            return new Statement.Unrecognized(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in a reader must cost one statement its analysis, not the whole run.
            return new Statement.Unrecognized("internal error while reading the statement ("
                    + e.getClass().getSimpleName() + "); please report it");
        }
    }

    private static Statement dispatch(TokenCursor c) {
        Token first = c.peek();
        if (first.type() != TokenType.WORD) {
            throw c.failure("a statement cannot start");
        }
        if (TransactionReader.starts(c)) {
            return TransactionReader.read(c);
        }
        switch (first.value()) {
            case "create":
                c.next();
                return create(c);
            case "alter":
                c.next();
                return alter(c);
            case "drop":
                c.next();
                return DropReader.read(c);
            case "truncate":
                c.next();
                return MaintenanceReader.truncate(c);
            case "reindex":
                c.next();
                return IndexReader.reindex(c);
            case "vacuum":
                c.next();
                return MaintenanceReader.vacuum(c);
            case "analyze":
            case "analyse":
                c.next();
                return MaintenanceReader.analyze(c);
            case "cluster":
                c.next();
                return MaintenanceReader.cluster(c);
            case "lock":
                c.next();
                return MaintenanceReader.lock(c);
            case "refresh":
                c.next();
                c.expect("materialized", "view");
                return MaintenanceReader.refresh(c);
            case "set":
                c.next();
                return SettingReader.set(c);
            case "reset":
                c.next();
                return SettingReader.reset(c);
            case "do":
                c.next();
                return RoutineReader.doBlock(c);
            case "copy":
                c.next();
                return copy(c);
            case "comment":
                c.next();
                c.expect("on");
                return OtherCommands.comment(c);
            case "select":
                return SettingReader.setConfig(c).orElseGet(() -> Statement.Other.of("SELECT"));
            case "with":
            case "table":
                return Statement.Other.of("SELECT");
            case "begin":
                throw c.failure("BEGIN ATOMIC outside CREATE FUNCTION/PROCEDURE");
            default:
                return OtherCommands.plain(c).orElseThrow(() -> c.failure("not a known SQL command"));
        }
    }

    private static Statement create(TokenCursor c) {
        boolean orReplace = c.accept("or", "replace");
        int afterReplace = c.position();
        boolean temporary = false;
        while (c.isAny("global", "local", "temp", "temporary", "unlogged")) {
            temporary |= c.isAny("temp", "temporary");
            c.next();
        }
        if (c.accept("table")) {
            return CreateTableReader.read(c, temporary);
        }
        c.reset(afterReplace);
        if (c.accept("unique", "index")) {
            return IndexReader.create(c, true);
        }
        if (c.accept("index")) {
            return IndexReader.create(c, false);
        }
        if (c.accept("function")) {
            return RoutineReader.routine(c, false);
        }
        if (c.accept("procedure")) {
            return RoutineReader.routine(c, true);
        }
        Optional<Statement> enumType = TypeReader.enumType(c);
        if (enumType.isPresent()) {
            return enumType.get();
        }
        if (c.accept("domain")) {
            return TypeReader.domain(c);
        }
        return OtherCommands.create(c, orReplace);
    }

    private static Statement alter(TokenCursor c) {
        int start = c.position();
        Optional<RelationKind> relation = DropReader.relationKind(c);
        if (relation.isPresent() && relation.get() != RelationKind.SEQUENCE) {
            return AlterTableReader.read(c, relation.get());
        }
        c.reset(start);
        if (c.accept("index")) {
            return IndexReader.alter(c);
        }
        if (c.is("type")) {
            Optional<Statement> addValue = alterTypeAddValue(c);
            if (addValue.isPresent()) {
                return addValue.get();
            }
        }
        return OtherCommands.alter(c);
    }

    /** {@code ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'v' [BEFORE|AFTER 'w']}, or empty for other ALTER TYPEs. */
    private static Optional<Statement> alterTypeAddValue(TokenCursor c) {
        int start = c.position();
        c.expect("type");
        QualifiedName type = c.qualifiedName();
        if (!c.accept("add", "value")) {
            c.reset(start);
            return Optional.empty();
        }
        boolean ifNotExists = c.accept("if", "not", "exists");
        Token value = c.next();
        if (value.type() != TokenType.STRING) {
            c.reset(c.position() - 1);
            throw c.failure("expected the new enum value as a string");
        }
        c.skipToEnd();
        return Optional.of(new Statement.AlterTypeAddValue(type, value.value(), ifNotExists));
    }

    /** {@code COPY table [(columns)] FROM|TO …}; a {@code COPY (query) TO …} is kept as {@code Other}. */
    private static Statement copy(TokenCursor c) {
        if (c.isSymbol("(")) {
            c.skipToEnd();
            return Statement.Other.of("COPY");
        }
        QualifiedName table = c.qualifiedName();
        c.skipGroupIfPresent();
        boolean from;
        if (c.accept("from")) {
            from = true;
        } else if (c.accept("to")) {
            from = false;
        } else {
            throw c.failure("COPY: expected FROM or TO");
        }
        c.skipToEnd();
        return new Statement.Copy(table, from);
    }
}
