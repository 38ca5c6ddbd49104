package io.github.migrationguard.pending;

/** The pending set could not be found and {@code pendingFailure=fail}: the run stops with this message. */
public final class PendingException extends Exception {

    public PendingException(String message) {
        super(message);
    }
}
