package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.source.Runner;
import io.github.migrationguard.sql.StatementReader;
import io.github.migrationguard.tx.FlywayTransactionDetector;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Phrases the lock rules share, so every message names objects and runners the same way. */
final class Describe {

    private Describe() {
    }

    /** {@code "orders"} or {@code "billing.orders"}: a relation as messages quote it. */
    static String quoted(QualifiedName name) {
        return '"' + (name.schema() == null ? name.name() : name.schema() + "." + name.name()) + '"';
    }

    /** Several relations for messages: {@code "a", "b"}. */
    static String quoted(List<QualifiedName> names) {
        return names.stream().map(Describe::quoted).collect(Collectors.joining(", "));
    }

    /** {@code "customer_id"}: a column (or index, constraint) as messages quote it. */
    static String quoted(String name) {
        return '"' + name + '"';
    }

    /**
     * {@code REINDEX … CONCURRENTLY exists from PostgreSQL 12: on PostgreSQL 11 the migration fails with a syntax
     * error.}: for syntax the target version does not have.
     */
    static String syntaxFrom(String syntax, int major, RuleContext context) {
        return syntax + " exists from PostgreSQL " + major + ": on PostgreSQL " + context.pgVersion().major()
                + " the migration fails with a syntax error.";
    }

    /** {@code an ACCESS EXCLUSIVE lock (blocks every read and write)}. */
    static String lock(LockMode mode) {
        String article = mode.sqlName().startsWith("A") || mode.sqlName().startsWith("E") ? "an " : "a ";
        return article + mode.sqlName() + " lock";
    }

    /** The script's file name, for {@code <script>.conf} advice. */
    static String scriptFileName(RuleContext context) {
        String path = context.script().path();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * {@code a SHARE lock for the whole build, which blocks writes (INSERT, UPDATE, DELETE); reads go on}:
     * ends a sentence.
     */
    static String lockBlocking(LockMode mode, String duration) {
        return lock(mode) + " " + duration + ", which blocks " + mode.blocks();
    }

    /**
     * How to tell this script's runner not to wrap it in a transaction, e.g. {@code executeInTransaction=false in
     * V3__x.sql.conf}; empty for runners that send the file as one query string and have no such switch.
     */
    static Optional<String> noTransactionSetting(RuleContext context) {
        return noTransactionSetting(context.script().runner(), scriptFileName(context) + ".conf");
    }

    /** As above for any script of {@code runner}; {@code flywayConf} names Flyway's {@code .conf} file. */
    static Optional<String> noTransactionSetting(Runner runner, String flywayConf) {
        return switch (runner) {
            case FLYWAY -> Optional.of("executeInTransaction=false in " + flywayConf);
            case DIESEL -> Optional.of("run_in_transaction = false in the migration's metadata.toml");
            case LIQUIBASE -> Optional.of("runInTransaction:false on the changeset");
            default -> Optional.empty();
        };
    }

    /**
     * SQL comment lines on getting {@code statement} (the fix, as SQL) out of any transaction block, for this
     * script's runner. What Flyway needs is read off the fixed statement itself: Flyway runs a migration that
     * holds only statements it knows cannot run in a transaction (such as {@code CREATE/DROP INDEX CONCURRENTLY})
     * outside one by itself, but needs {@code executeInTransaction=false} for the others (such as
     * {@code REINDEX … CONCURRENTLY}); a concurrent build also waits for Flyway's own lock connection unless
     * {@code postgresql.transactional.lock} is off.
     */
    static String outsideTransaction(RuleContext context, String statement) {
        Optional<AnalyzedStatement> fixed = StatementReader.read(statement).statements().stream().findFirst();
        boolean flywayDetects = fixed.filter(s -> FlywayTransactionDetector.runsOutsideTransaction(s.sql(),
                context.pgVersion())).isPresent();
        boolean buildsConcurrently = fixed.map(AnalyzedStatement::model)
                .filter(m -> (m instanceof Statement.CreateIndex i && i.concurrently())
                        || (m instanceof Statement.Reindex r && r.concurrently())).isPresent();
        String where = context.statement().nesting() == Nesting.DO_BLOCK
                ? "-- Move it out of the DO block (a DO block always runs in a transaction) into a migration of its own"
                : "-- Put it in a migration of its own";
        if (context.script().runner() != Runner.FLYWAY) {
            return where + " that runs outside a transaction:\n-- "
                    + noTransactionSetting(context).map(s -> "set " + s)
                    .orElse("a file holding only this statement runs outside a transaction for "
                            + context.script().runner().label())
                    + ";\n-- no BEGIN/COMMIT around it.";
        }
        String conf = scriptFileName(context) + ".conf";
        String flyway;
        if (flywayDetects) {
            flyway = "-- Flyway runs such a migration outside a transaction by itself"
                    + (context.script().executeInTransaction().orElse(false)
                    ? " once executeInTransaction=true is gone from " + conf : " (no executeInTransaction needed)");
        } else {
            flyway = "-- for Flyway, executeInTransaction=false in " + conf;
        }
        String lock = buildsConcurrently && context.settings().flywayTransactionalLock()
                ? (flywayDetects ? ";\n-- set " : " and ") + "postgresql.transactional.lock=false (or the deploy hangs "
                + "waiting on Flyway's own lock)" : "";
        return where + " that runs outside a transaction:\n" + flyway + lock
                + ";\n-- without a runner transaction, no BEGIN/COMMIT around it.";
    }
}
