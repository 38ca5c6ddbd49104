package io.github.migrationguard.pending;

/**
 * What chose the pending set, in precedence order: an explicit {@code since} wins over the database's schema
 * history, which wins over the git base; with none of them each migration is linted as its own deployment.
 */
public enum PendingMode {
    SINCE("since"),
    DATABASE("database"),
    GIT("git base"),
    NONE("none");

    private final String label;

    PendingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
