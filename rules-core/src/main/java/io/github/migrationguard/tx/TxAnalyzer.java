package io.github.migrationguard.tx;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.ScriptKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where each statement of a script runs: in the runner's transaction, in an explicit {@code BEGIN}
 * block, or in autocommit. What Flyway 13 does on PostgreSQL, read from its code and checked against
 * it (see {@code src/site/markdown/adr/flyway-transactions.md}):
 *
 * <ol>
 *   <li>Per statement, Flyway decides from its leading keywords whether it may run in a transaction
 *       ({@link FlywayTransactionDetector}): not {@code CREATE/DROP INDEX CONCURRENTLY},
 *       {@code REINDEX SCHEMA/DATABASE/SYSTEM}, {@code VACUUM}, {@code CREATE/DROP DATABASE|TABLESPACE|SUBSCRIPTION},
 *       {@code ALTER SYSTEM}, {@code DISCARD ALL}, and {@code ALTER TYPE … ADD VALUE} before PostgreSQL 12.
 *       It does not know {@code REINDEX … CONCURRENTLY} or {@code DETACH PARTITION … CONCURRENTLY}.</li>
 *   <li>A script's {@code executeInTransaction} from its {@code .conf} wins outright.</li>
 *   <li>Otherwise the script runs in one transaction when none of its statements is non-transactional,
 *       else in autocommit, statement by statement. A script with both kinds is refused at deploy unless
 *       {@code mixed=true}; with it, the whole script runs in autocommit (a failure leaves it half applied).</li>
 *   <li>Flyway does not interpret {@code BEGIN}/{@code COMMIT}: they reach PostgreSQL as written. Inside the
 *       runner's transaction {@code BEGIN} only warns ("there is already a transaction in progress") and
 *       {@code COMMIT} ends the runner's transaction early; the JDBC driver, not in autocommit, opens a new
 *       one at the next statement, which Flyway commits at the end. In autocommit, {@code BEGIN … COMMIT}
 *       is an explicit transaction block. {@code COMMIT AND CHAIN} (or {@code ROLLBACK AND CHAIN}) ends a
 *       transaction and opens the next one at once, in the same mode.</li>
 * </ol>
 *
 * A {@link ScriptKind#PLAIN} script has no runner: it runs as psql runs a file, in autocommit. Other runners
 * (Prisma, golang-migrate, diesel, Liquibase) decide as {@link RunnerTransaction} says.
 * Statements nested in a {@code DO} block or routine body take the position of their enclosing statement.
 */
public final class TxAnalyzer {

    private static final Set<String> COMMANDS_OUTSIDE_TRANSACTION = Set.of(
            "CREATE DATABASE", "DROP DATABASE", "CREATE TABLESPACE", "DROP TABLESPACE",
            "ALTER SYSTEM", "DISCARD ALL", "CREATE SUBSCRIPTION");
    private static final Set<String> DROPS_OUTSIDE_TRANSACTION = Set.of("DATABASE", "TABLESPACE");

    private TxAnalyzer() {
    }

    /** As below, with Flyway's default {@code executeInTransaction=true}. */
    public static ScriptTx analyze(MigrationScript script, List<AnalyzedStatement> statements, PgVersion target,
                                   boolean mixed) {
        return analyze(script, statements, target, mixed, true);
    }

    /**
     * @param statements           the script's flat statement list (nested statements follow their block)
     * @param mixed                Flyway's {@code mixed} setting
     * @param executeInTransaction Flyway's global {@code executeInTransaction} setting
     */
    public static ScriptTx analyze(MigrationScript script, List<AnalyzedStatement> statements, PgVersion target,
                                   boolean mixed, boolean executeInTransaction) {
        boolean anyOutside = false;
        boolean anyInside = false;
        int topLevel = 0;
        List<Integer> nonTransactional = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            AnalyzedStatement s = statements.get(i);
            if (cannotRunInTransaction(s.model(), target)) {
                nonTransactional.add(i);
            }
            if (s.isTopLevel()) {
                topLevel++;
                if (FlywayTransactionDetector.runsOutsideTransaction(s.sql(), target)) {
                    anyOutside = true;
                } else {
                    anyInside = true;
                }
            }
        }

        RunnerTransaction decision = RunnerTransaction.decide(script, anyOutside, anyInside, topLevel, mixed,
                executeInTransaction);
        boolean runner = decision.runnerTransaction();
        return new ScriptTx(runner, decision.reason(), decision.mixed(), nonTransactional, positions(statements, runner),
                decision.implicitBlock());
    }

    private static List<TxPosition> positions(List<AnalyzedStatement> statements, boolean runner) {
        List<TxPosition> positions = new ArrayList<>(statements.size());
        int transaction = 0;
        // In runner mode the JDBC driver (not in autocommit) opens a transaction before the next statement
        // whenever none is open; in autocommit only an explicit BEGIN opens one.
        boolean open = false;
        TxPosition.Mode openMode = runner ? TxPosition.Mode.RUNNER : TxPosition.Mode.EXPLICIT;
        for (AnalyzedStatement s : statements) {
            if (!s.isTopLevel() && s.parent() >= 0 && s.parent() < positions.size()) {
                positions.add(positions.get(s.parent()));
                continue;
            }
            Statement.TransactionControl control = s.model() instanceof Statement.TransactionControl tc ? tc : null;
            boolean begins = control != null && control.command().starts();
            boolean ends = control != null && control.command().ends();
            if (!open && (runner || begins)) {
                open = true;
                transaction++;
            }
            if (open) {
                positions.add(new TxPosition(openMode, transaction));
            } else {
                positions.add(new TxPosition(TxPosition.Mode.AUTOCOMMIT, ++transaction));
            }
            if (ends) {
                // AND CHAIN opens the next transaction at once (outside a block it fails and opens nothing)
                boolean chained = open && control.chain();
                open = chained;
                if (chained) {
                    transaction++;
                }
            }
        }
        return positions;
    }

    /**
     * PostgreSQL's own list of statements that fail with "cannot run inside a transaction block" (or its
     * equivalent), which is not Flyway's: it includes {@code REINDEX … CONCURRENTLY},
     * {@code DETACH PARTITION … CONCURRENTLY} and {@code CLUSTER} without a table.
     */
    public static boolean cannotRunInTransaction(Statement s, PgVersion target) {
        if (s instanceof Statement.CreateIndex ci) {
            return ci.concurrently();
        }
        if (s instanceof Statement.DropIndex di) {
            return di.concurrently();
        }
        if (s instanceof Statement.Reindex r) {
            return r.concurrently() || r.target() == Statement.Reindex.Target.SCHEMA
                    || r.target() == Statement.Reindex.Target.DATABASE || r.target() == Statement.Reindex.Target.SYSTEM;
        }
        if (s instanceof Statement.Vacuum v) {
            return !v.analyzeOnly();
        }
        if (s instanceof Statement.Cluster c) {
            return c.table().isEmpty();
        }
        if (s instanceof Statement.AlterTable at) {
            return at.actions().stream().anyMatch(a -> a instanceof AlterAction.DetachPartition d && d.concurrently());
        }
        if (s instanceof Statement.AlterTypeAddValue) {
            return !target.atLeast(12);
        }
        if (s instanceof Statement.DropObject d) {
            return DROPS_OUTSIDE_TRANSACTION.contains(d.kind().toUpperCase(Locale.ROOT));
        }
        if (s instanceof Statement.Other o) {
            return COMMANDS_OUTSIDE_TRANSACTION.contains(o.command());
        }
        return false;
    }
}
