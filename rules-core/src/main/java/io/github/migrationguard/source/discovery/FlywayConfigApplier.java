package io.github.migrationguard.source.discovery;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.Secret;
import io.github.migrationguard.source.FlywaySettings;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges Flyway configuration sources into the settings the deploy will use: later sources win per property,
 * placeholders merge by name. Properties Migration Guard has no use for are ignored; a value it cannot use is a
 * problem on its source, and the earlier value stays.
 */
public final class FlywayConfigApplier {

    private static final Pattern DATABASE = Pattern.compile("jdbc:postgresql://[^/?]*/([^?;]+).*");

    private FlywaySettings settings;
    private boolean transactionalLock = true;
    private String url;
    private String user;
    private Secret password;
    private final Map<String, String> placeholders;
    private final List<String> origins = new ArrayList<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    private FlywayConfigApplier(FlywaySettings base) {
        this.settings = base;
        this.placeholders = new LinkedHashMap<>(base.placeholders());
    }

    /** @param layers lowest precedence first */
    public static ResolvedFlyway apply(FlywaySettings base, List<FlywayConfig> layers) {
        FlywayConfigApplier applier = new FlywayConfigApplier(base);
        for (FlywayConfig layer : layers) {
            applier.problems.addAll(layer.problems());
            if (!layer.isEmpty()) {
                applier.origins.add(layer.origin());
                layer.values().forEach((key, value) -> applier.set(layer.origin(), key, value));
            }
        }
        return applier.finish();
    }

    private void set(String origin, String key, String value) {
        if (key.startsWith(FlywayConfig.PLACEHOLDERS)) {
            placeholders.put(key.substring(FlywayConfig.PLACEHOLDERS.length()), value);
            return;
        }
        switch (key) {
            case "locations" -> settings = settings.withLocations(nonEmpty(origin, key, FlywayConfig.list(value),
                    settings.locations()));
            case "sqlMigrationPrefix" -> settings = settings.withNaming(text(origin, key, value,
                    settings.sqlMigrationPrefix()), settings.repeatableSqlMigrationPrefix(),
                    settings.sqlMigrationSeparator(), settings.sqlMigrationSuffixes());
            case "repeatableSqlMigrationPrefix" -> settings = settings.withNaming(settings.sqlMigrationPrefix(),
                    text(origin, key, value, settings.repeatableSqlMigrationPrefix()), settings.sqlMigrationSeparator(),
                    settings.sqlMigrationSuffixes());
            case "sqlMigrationSeparator" -> settings = settings.withNaming(settings.sqlMigrationPrefix(),
                    settings.repeatableSqlMigrationPrefix(), text(origin, key, value, settings.sqlMigrationSeparator()),
                    settings.sqlMigrationSuffixes());
            case "sqlMigrationSuffixes" -> settings = settings.withNaming(settings.sqlMigrationPrefix(),
                    settings.repeatableSqlMigrationPrefix(), settings.sqlMigrationSeparator(),
                    nonEmpty(origin, key, FlywayConfig.list(value), settings.sqlMigrationSuffixes()));
            case "placeholderPrefix" -> settings = settings.withPlaceholders(settings.placeholders(),
                    text(origin, key, value, settings.placeholderPrefix()), settings.placeholderSuffix());
            case "placeholderSuffix" -> settings = settings.withPlaceholders(settings.placeholders(),
                    settings.placeholderPrefix(), text(origin, key, value, settings.placeholderSuffix()));
            case "placeholderReplacement" -> bool(origin, key, value)
                    .ifPresent(b -> settings = settings.withPlaceholderReplacement(b));
            case "mixed" -> bool(origin, key, value).ifPresent(b -> settings = settings.withMixed(b));
            case "executeInTransaction" -> bool(origin, key, value).ifPresent(b ->
                    settings = settings.withTransactions(settings.mixed(), b, settings.group()));
            case "group" -> bool(origin, key, value).ifPresent(b ->
                    settings = settings.withTransactions(settings.mixed(), settings.executeInTransaction(), b));
            case "encoding" -> charset(origin, value).ifPresent(c -> settings = settings.withEncoding(c));
            case "schemas" -> settings = settings.withSchemas(FlywayConfig.list(value), settings.defaultSchema(),
                    settings.table());
            case "defaultSchema" -> settings = settings.withSchemas(settings.schemas(), Optional.of(value),
                    settings.table());
            case "table" -> settings = settings.withSchemas(settings.schemas(), settings.defaultSchema(),
                    text(origin, key, value, settings.table()));
            case "url" -> url = value;
            case "user" -> user = value;
            case "password" -> password = Secret.of(value);
            case FlywayConfig.TRANSACTIONAL_LOCK -> bool(origin, key, value).ifPresent(b -> transactionalLock = b);
            default -> {
                // a Flyway setting that does not change what we lint (cleanDisabled, baselineOnMigrate, …)
            }
        }
    }

    private ResolvedFlyway finish() {
        Optional<String> database = Optional.ofNullable(url).map(DATABASE::matcher).filter(Matcher::matches)
                .map(m -> m.group(1));
        FlywaySettings merged = settings
                .withPlaceholders(placeholders, settings.placeholderPrefix(), settings.placeholderSuffix())
                .withConnection(settings.defaultSchema(), Optional.ofNullable(user).or(settings::user),
                        database.or(settings::database));
        return new ResolvedFlyway(merged, transactionalLock, Optional.ofNullable(url), Optional.ofNullable(user),
                Optional.ofNullable(password), origins, problems);
    }

    private String text(String origin, String key, String value, String fallback) {
        if (value.isEmpty()) {
            problems.add(Diagnostic.ofFile(origin, key + " must not be empty; ignored"));
            return fallback;
        }
        return value;
    }

    private List<String> nonEmpty(String origin, String key, List<String> value, List<String> fallback) {
        if (value.isEmpty()) {
            problems.add(Diagnostic.ofFile(origin, key + " must not be empty; ignored"));
            return fallback;
        }
        return value;
    }

    private Optional<Boolean> bool(String origin, String key, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Optional.of(Boolean.valueOf(v));
        }
        problems.add(Diagnostic.ofFile(origin, key + " must be true or false, not '" + value + "'; ignored"));
        return Optional.empty();
    }

    private Optional<Charset> charset(String origin, String value) {
        try {
            return Optional.of(Charset.forName(value.trim()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            problems.add(Diagnostic.ofFile(origin, "unknown encoding '" + value + "'; ignored"));
            return Optional.empty();
        }
    }
}
