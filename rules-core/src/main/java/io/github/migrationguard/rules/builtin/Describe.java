package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.rules.RuleContext;

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
     * SQL comment lines on getting a statement out of any transaction block, for this script's runner.
     *
     * @param buildsConcurrently the statement is {@code CREATE INDEX} or {@code REINDEX} {@code CONCURRENTLY},
     *                           which waits for Flyway's own lock connection unless its transactional lock is off
     */
    /**
     * How to tell this script's runner not to wrap it in a transaction, e.g. {@code executeInTransaction=false in
     * V3__x.sql.conf}; empty for runners that send the file as one query string and have no such switch.
     */
    static Optional<String> noTransactionSetting(RuleContext context) {
        return switch (context.script().runner()) {
            case FLYWAY -> Optional.of("executeInTransaction=false in " + scriptFileName(context) + ".conf");
            case DIESEL -> Optional.of("run_in_transaction = false in the migration's metadata.toml");
            case LIQUIBASE -> Optional.of("runInTransaction:false on the changeset");
            default -> Optional.empty();
        };
    }

    static String outsideTransaction(RuleContext context, boolean buildsConcurrently) {
        String where = context.statement().nesting() == Nesting.DO_BLOCK
                ? "-- Move it out of the DO block (a DO block always runs in a transaction) into a migration of its own"
                : "-- Put it in a migration of its own";
        return where + " that runs outside a transaction:\n"
                + "-- for Flyway, executeInTransaction=false in " + scriptFileName(context) + ".conf"
                + (buildsConcurrently ? " and postgresql.transactional.lock=false (or the deploy hangs waiting on "
                + "Flyway's own lock)" : "")
                + ";\n-- without a runner transaction, no BEGIN/COMMIT around it.";
    }
}
