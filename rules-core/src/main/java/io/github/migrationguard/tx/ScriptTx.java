package io.github.migrationguard.tx;

import java.util.List;

/**
 * How the runner will execute a whole script, and where each statement runs.
 *
 * @param runnerTransaction the runner wraps the script in one transaction
 * @param reason            why, in the runner's terms (for messages), e.g. "executeInTransaction=false in V3__x.sql.conf"
 * @param mixed             the script mixes statements the runner runs inside a transaction with ones it must
 *                          run outside (Flyway refuses this unless {@code mixed=true})
 * @param nonTransactional  indexes (in the script's statement list) of the statements that cannot run in a transaction block
 * @param positions         one per statement of the script, same order as its statement list
 * @param implicitBlock     the runner's transaction is PostgreSQL's implicit block around a query string of several
 *                          statements (Prisma, golang-migrate, …), not one the runner opened: {@code BEGIN} makes it
 *                          explicit without a warning, and a final {@code COMMIT} ends it as the string's end would
 */
public record ScriptTx(boolean runnerTransaction, String reason, boolean mixed, List<Integer> nonTransactional,
                       List<TxPosition> positions, boolean implicitBlock) {

    public ScriptTx {
        nonTransactional = List.copyOf(nonTransactional);
        positions = List.copyOf(positions);
    }

    public ScriptTx(boolean runnerTransaction, String reason, boolean mixed, List<Integer> nonTransactional,
                    List<TxPosition> positions) {
        this(runnerTransaction, reason, mixed, nonTransactional, positions, false);
    }
}
