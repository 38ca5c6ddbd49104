package io.github.migrationguard.pending.database;

import io.github.migrationguard.Secret;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The database to ask for the schema history. Prints without the password, also when the URL carries one as a
 * parameter ({@code ?password=…}).
 *
 * @param url      a PostgreSQL JDBC URL ({@code jdbc:postgresql://host:5432/db})
 * @param user     the user, unless the URL names it
 * @param password never printed
 */
public record DatabaseTarget(String url, Optional<String> user, Optional<Secret> password) {

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    /** The URL for logs and messages: a password parameter masked. */
    public String displayUrl() {
        return URL_PASSWORD.matcher(url).replaceAll("$1****");
    }

    /** Removes the password (and the raw URL, which may hold one) from a driver's or Flyway's message. */
    String scrub(String message) {
        if (message == null) {
            return "";
        }
        String out = message.replace(url, displayUrl());
        out = URL_PASSWORD.matcher(out).replaceAll("$1****");
        String scrubbed = out;
        return password.map(p -> p.scrub(scrubbed)).orElse(scrubbed);
    }

    @Override
    public String toString() {
        return displayUrl() + user.map(u -> " as " + u).orElse("");
    }
}
