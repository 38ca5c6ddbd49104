package io.github.migrationguard.source.discovery;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.Secret;
import io.github.migrationguard.source.FlywaySettings;

import java.util.List;
import java.util.Optional;

/**
 * The Flyway configuration the deploy will use, merged from every source found.
 *
 * @param settings          what decides which files are migrations and their text
 * @param transactionalLock {@code postgresql.transactional.lock} (Flyway's default: true)
 * @param url               the JDBC URL, when a source names one (for pending detection)
 * @param user              the database user
 * @param password          never printed: {@link Secret}
 * @param origins           the sources that contributed, lowest precedence first, for the log
 * @param problems          values that could not be used, each on its source
 */
public record ResolvedFlyway(FlywaySettings settings, boolean transactionalLock, Optional<String> url,
                             Optional<String> user, Optional<Secret> password, List<String> origins,
                             List<Diagnostic> problems) {

    public ResolvedFlyway {
        origins = List.copyOf(origins);
        problems = List.copyOf(problems);
    }

    /** Nothing discovered: Flyway's defaults. */
    public static ResolvedFlyway defaults() {
        return new ResolvedFlyway(FlywaySettings.defaults(), true, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), List.of());
    }
}
