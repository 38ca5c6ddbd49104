package io.github.migrationguard.rules;

/** The sections of the rule catalog. */
public enum Category {
    LOCKS("Locks, scans and rewrites"),
    DATA_CHANGES("Data changes"),
    COMPATIBILITY("Data loss and compatibility with the running application"),
    TRANSACTIONS("Transactions and runners"),
    SCHEMA_DESIGN("Schema design"),
    META("Meta");

    private final String title;

    Category(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
