package io.github.migrationguard.tx;

/**
 * Where one statement runs.
 *
 * @param mode        inside the runner's transaction, inside an explicit {@code BEGIN}, or in autocommit
 * @param transaction a number shared by the statements of one transaction (autocommit statements each get their own)
 */
public record TxPosition(Mode mode, int transaction) {

    public enum Mode {
        /** The runner wraps the script in a transaction (Flyway's default). */
        RUNNER,
        /** An explicit {@code BEGIN}/{@code START TRANSACTION} in the script. */
        EXPLICIT,
        /** No transaction block: the statement commits by itself. */
        AUTOCOMMIT
    }

    public boolean inTransactionBlock() {
        return mode != Mode.AUTOCOMMIT;
    }
}
