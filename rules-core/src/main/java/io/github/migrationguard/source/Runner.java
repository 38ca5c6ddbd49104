package io.github.migrationguard.source;

/**
 * The tool that applies a script at deploy, which decides whether it runs in a transaction. Each
 * runner's behaviour on PostgreSQL is written down in {@code src/site/markdown/adr/runners.md}.
 */
public enum Runner {
    /** Flyway: one JDBC statement at a time, in one transaction unless a statement cannot run in one. */
    FLYWAY("Flyway"),
    /** Prisma Migrate: the whole {@code migration.sql} as one simple-query string. */
    PRISMA("Prisma Migrate"),
    /** golang-migrate's postgres driver: the whole {@code .up.sql} as one simple-query string. */
    GOLANG_MIGRATE("golang-migrate"),
    /** diesel: {@code up.sql} in a transaction unless {@code metadata.toml} says {@code run_in_transaction = false}. */
    DIESEL("diesel"),
    /** Liquibase formatted SQL: each changeset in a transaction unless {@code runInTransaction:false}. */
    LIQUIBASE("Liquibase"),
    /** No runner: the file runs as psql runs it, each statement committing by itself. */
    PLAIN("psql");

    private final String label;

    Runner(String label) {
        this.label = label;
    }

    /** The runner's name as users know it, for messages. */
    public String label() {
        return label;
    }
}
