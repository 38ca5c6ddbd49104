package io.github.migrationguard.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Flyway settings that decide which files are migrations and what their text is. Defaults are
 * Flyway's own ({@link #defaults()}); the plugin and the CLI copy the user's Flyway configuration in.
 *
 * @param locations                    {@code filesystem:dir} (relative to the base directory), {@code classpath:dir}
 *                                     (resolved against the resource roots) or an unprefixed path, which Flyway
 *                                     reads as classpath and we also try as a filesystem path
 * @param sqlMigrationSuffixes         tried in order; matched case-insensitively, as Flyway 13 does
 * @param placeholders                 names are case-insensitive, as in Flyway
 * @param placeholderSeparator         separates the {@code flyway} namespace from a built-in's name ({@code flyway:user})
 * @param defaultSchema                Flyway's {@code defaultSchema}; when absent the first of {@code schemas}
 * @param user                         the connecting user, for {@code ${flyway:user}}
 * @param database                     the database name, for {@code ${flyway:database}}
 * @param environment                  Flyway's environment name, for {@code ${flyway:environment}}
 * @param mixed                        allow transactional and non-transactional statements in one migration
 * @param executeInTransaction         Flyway's global {@code executeInTransaction} (default true): false runs every
 *                                     script without a {@code .conf} setting in autocommit
 * @param group                        Flyway's {@code group}: all pending migrations in one transaction
 */
public record FlywaySettings(List<String> locations,
                             String sqlMigrationPrefix,
                             String repeatableSqlMigrationPrefix,
                             String undoSqlMigrationPrefix,
                             String baselineMigrationPrefix,
                             String sqlMigrationSeparator,
                             List<String> sqlMigrationSuffixes,
                             Map<String, String> placeholders,
                             String placeholderPrefix,
                             String placeholderSuffix,
                             String placeholderSeparator,
                             boolean placeholderReplacement,
                             Charset encoding,
                             Optional<String> defaultSchema,
                             List<String> schemas,
                             String table,
                             Optional<String> user,
                             Optional<String> database,
                             String environment,
                             boolean mixed,
                             boolean executeInTransaction,
                             boolean group) {

    public static final String DEFAULT_LOCATION = "filesystem:src/main/resources/db/migration";

    public FlywaySettings {
        locations = List.copyOf(locations);
        sqlMigrationSuffixes = List.copyOf(sqlMigrationSuffixes);
        placeholders = Map.copyOf(placeholders);
        schemas = List.copyOf(schemas);
        requireText(sqlMigrationPrefix, "sqlMigrationPrefix");
        requireText(repeatableSqlMigrationPrefix, "repeatableSqlMigrationPrefix");
        requireText(undoSqlMigrationPrefix, "undoSqlMigrationPrefix");
        requireText(baselineMigrationPrefix, "baselineMigrationPrefix");
        requireText(sqlMigrationSeparator, "sqlMigrationSeparator");
        requireText(placeholderPrefix, "placeholderPrefix");
        requireText(placeholderSuffix, "placeholderSuffix");
        if (sqlMigrationSuffixes.isEmpty()) {
            throw new IllegalArgumentException("sqlMigrationSuffixes must not be empty");
        }
    }

    /** Flyway's defaults. */
    public static FlywaySettings defaults() {
        return new FlywaySettings(List.of(DEFAULT_LOCATION), "V", "R", "U", "B", "__", List.of(".sql"),
                Map.of(), "${", "}", ":", true, StandardCharsets.UTF_8, Optional.empty(), List.of(),
                "flyway_schema_history", Optional.empty(), Optional.empty(), "default", false, true, false);
    }

    /** The schema {@code ${flyway:defaultSchema}} names: {@code defaultSchema}, else the first of {@code schemas}. */
    public Optional<String> effectiveDefaultSchema() {
        return defaultSchema.or(() -> schemas.stream().findFirst());
    }

    public FlywaySettings withLocations(List<String> value) {
        return new FlywaySettings(value, sqlMigrationPrefix, repeatableSqlMigrationPrefix, undoSqlMigrationPrefix,
                baselineMigrationPrefix, sqlMigrationSeparator, sqlMigrationSuffixes, placeholders, placeholderPrefix,
                placeholderSuffix, placeholderSeparator, placeholderReplacement, encoding, defaultSchema, schemas, table,
                user, database, environment, mixed, executeInTransaction, group);
    }

    public FlywaySettings withNaming(String versioned, String repeatable, String separator, List<String> suffixes) {
        return new FlywaySettings(locations, versioned, repeatable, undoSqlMigrationPrefix,
                baselineMigrationPrefix, separator, suffixes, placeholders, placeholderPrefix,
                placeholderSuffix, placeholderSeparator, placeholderReplacement, encoding, defaultSchema, schemas, table,
                user, database, environment, mixed, executeInTransaction, group);
    }

    public FlywaySettings withPlaceholders(Map<String, String> values, String prefix, String suffix) {
        return new FlywaySettings(locations, sqlMigrationPrefix, repeatableSqlMigrationPrefix, undoSqlMigrationPrefix,
                baselineMigrationPrefix, sqlMigrationSeparator, sqlMigrationSuffixes, values, prefix,
                suffix, placeholderSeparator, placeholderReplacement, encoding, defaultSchema, schemas, table,
                user, database, environment, mixed, executeInTransaction, group);
    }

    public FlywaySettings withPlaceholderReplacement(boolean value) {
        return new FlywaySettings(locations, sqlMigrationPrefix, repeatableSqlMigrationPrefix, undoSqlMigrationPrefix,
                baselineMigrationPrefix, sqlMigrationSeparator, sqlMigrationSuffixes, placeholders, placeholderPrefix,
                placeholderSuffix, placeholderSeparator, value, encoding, defaultSchema, schemas, table,
                user, database, environment, mixed, executeInTransaction, group);
    }

    public FlywaySettings withEncoding(Charset value) {
        return new FlywaySettings(locations, sqlMigrationPrefix, repeatableSqlMigrationPrefix, undoSqlMigrationPrefix,
                baselineMigrationPrefix, sqlMigrationSeparator, sqlMigrationSuffixes, placeholders, placeholderPrefix,
                placeholderSuffix, placeholderSeparator, placeholderReplacement, value, defaultSchema, schemas, table,
                user, database, environment, mixed, executeInTransaction, group);
    }

    public FlywaySettings withConnection(Optional<String> schema, Optional<String> userName, Optional<String> databaseName) {
        return new FlywaySettings(locations, sqlMigrationPrefix, repeatableSqlMigrationPrefix, undoSqlMigrationPrefix,
                baselineMigrationPrefix, sqlMigrationSeparator, sqlMigrationSuffixes, placeholders, placeholderPrefix,
                placeholderSuffix, placeholderSeparator, placeholderReplacement, encoding, schema, schemas, table,
                userName, databaseName, environment, mixed, executeInTransaction, group);
    }

    public FlywaySettings withSchemas(List<String> value, Optional<String> defaultSchemaValue, String tableValue) {
        return new FlywaySettings(locations, sqlMigrationPrefix, repeatableSqlMigrationPrefix, undoSqlMigrationPrefix,
                baselineMigrationPrefix, sqlMigrationSeparator, sqlMigrationSuffixes, placeholders, placeholderPrefix,
                placeholderSuffix, placeholderSeparator, placeholderReplacement, encoding, defaultSchemaValue, value,
                tableValue, user, database, environment, mixed, executeInTransaction, group);
    }

    public FlywaySettings withMixed(boolean value) {
        return withTransactions(value, executeInTransaction, group);
    }

    /** {@code mixed}, the global {@code executeInTransaction} and {@code group}: how Flyway wraps migrations in transactions. */
    public FlywaySettings withTransactions(boolean mixedValue, boolean executeInTransactionValue, boolean groupValue) {
        return new FlywaySettings(locations, sqlMigrationPrefix, repeatableSqlMigrationPrefix, undoSqlMigrationPrefix,
                baselineMigrationPrefix, sqlMigrationSeparator, sqlMigrationSuffixes, placeholders, placeholderPrefix,
                placeholderSuffix, placeholderSeparator, placeholderReplacement, encoding, defaultSchema, schemas, table,
                user, database, environment, mixedValue, executeInTransactionValue, groupValue);
    }

    /**
     * A line for the log when {@code group=true}: Flyway then runs all pending migrations in one transaction, while
     * the transaction rules judge each migration's own transactions.
     */
    public Optional<String> groupCaveat() {
        return group && executeInTransaction
                ? Optional.of("Flyway group=true runs all pending migrations in one transaction: locks taken by one "
                + "migration are held through the later ones, and a NOT VALID constraint validated in a later migration "
                + "gains nothing; Migration Guard judges each migration's transactions on their own")
                : Optional.empty();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }
}
