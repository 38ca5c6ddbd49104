package io.github.migrationguard.sql;

/**
 * Thrown inside the token frontend when a statement does not have the shape the reader expects.
 * It never leaves the frontend: {@link TokenReader} turns it into {@code Statement.Unrecognized}
 * with {@link #getMessage()} as the reason, so the message is written for users.
 */
final class ReadFailure extends RuntimeException {

    ReadFailure(String message) {
        // No stack trace: failures are an expected outcome on odd input and must stay cheap.
        super(message, null, false, false);
    }
}
