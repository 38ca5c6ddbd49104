package io.github.migrationguard.sql;

import io.github.migrationguard.model.Statement;
import io.github.migrationguard.model.Statement.TransactionControl.Command;

/**
 * {@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT}/{@code END}, {@code ROLLBACK}/{@code ABORT},
 * savepoints and two-phase commit. {@code BEGIN ATOMIC} opens a routine body, not a transaction, and
 * is not read here.
 */
final class TransactionReader {

    private TransactionReader() {
    }

    /** True when the statement at the cursor is transaction control. */
    static boolean starts(TokenCursor c) {
        if (c.is("begin")) {
            return !c.is("begin", "atomic");
        }
        return c.isAny("commit", "end", "rollback", "abort", "savepoint", "release")
                || c.is("start", "transaction") || c.is("prepare", "transaction");
    }

    static Statement read(TokenCursor c) {
        Token first = c.next();
        Command command;
        switch (first.value()) {
            case "begin":
            case "start":
                command = Command.BEGIN;
                break;
            case "commit":
            case "end":
                command = c.accept("prepared") ? Command.COMMIT_PREPARED : Command.COMMIT;
                break;
            case "abort":
                command = Command.ROLLBACK;
                break;
            case "rollback":
                command = rollback(c);
                break;
            case "savepoint":
                command = Command.SAVEPOINT;
                break;
            case "release":
                command = Command.RELEASE_SAVEPOINT;
                break;
            case "prepare":
                command = Command.PREPARE_TRANSACTION;
                break;
            default:
                throw c.failure("transaction command not understood");
        }
        // Modes (ISOLATION LEVEL …), WORK/TRANSACTION noise words, names; only AND CHAIN changes what follows.
        boolean chain = false;
        while (!c.atEnd()) {
            if (c.accept("and", "chain")) {
                chain = command == Command.COMMIT || command == Command.ROLLBACK;
            } else {
                c.next();
            }
        }
        return new Statement.TransactionControl(command, chain);
    }

    private static Command rollback(TokenCursor c) {
        if (c.accept("prepared")) {
            return Command.ROLLBACK_PREPARED;
        }
        if (!c.accept("work")) {
            c.accept("transaction");
        }
        return c.accept("to") ? Command.ROLLBACK_TO_SAVEPOINT : Command.ROLLBACK;
    }
}
