package io.github.migrationguard.cli;

import io.github.migrationguard.Secret;
import io.github.migrationguard.pending.GitBase;
import io.github.migrationguard.pending.GitChanges;
import io.github.migrationguard.pending.PendingChoice;
import io.github.migrationguard.pending.PendingException;
import io.github.migrationguard.pending.PendingFailure;
import io.github.migrationguard.pending.PendingLookup;
import io.github.migrationguard.pending.PendingResolver;
import io.github.migrationguard.pending.database.DatabaseTarget;
import io.github.migrationguard.pending.database.FlywayHistory;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.MigrationScript;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The check command's options for the pending set: {@code --since} over {@code --url} (the database's Flyway
 * schema history) over {@code --git-base}; the password from {@code --password} or the environment variable
 * {@value #PASSWORD_VARIABLE}, never printed.
 */
final class PendingOptions {

    static final String PASSWORD_VARIABLE = "MIGRATION_GUARD_PASSWORD";

    @Option(names = "--since", paramLabel = "VERSION",
            description = "Migrations after this version are pending: linted as one deployment (a table created "
                    + "earlier among them is new); earlier ones are only replayed. Wins over --url and --git-base.")
    String since;

    @Option(names = "--url", paramLabel = "JDBC_URL",
            description = "Database whose Flyway schema history says which migrations are pending (read-only).")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "Database user for --url.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "Database password for --url (better: the environment variable " + PASSWORD_VARIABLE + ").")
    String password;

    @Option(names = "--git-base", paramLabel = "REF",
            description = "Migrations added since the merge-base with REF (e.g. origin/main) are pending; one that "
                    + "existed there and changed is reported (modified-applied-migration).")
    String gitBase;

    @Option(names = "--pending-failure", defaultValue = "lint-all", paramLabel = "fail|lint-all",
            description = "When --url or --git-base cannot tell the pending set: fail, or warn and lint more "
                    + "(default: ${DEFAULT-VALUE}).")
    String pendingFailure;

    /** The comparison with the git base, once made. */
    private GitChanges gitChanges;

    /**
     * @param folders the migration folders, for Flyway to resolve the same migrations
     * @throws IllegalArgumentException for a malformed option value
     */
    PendingChoice choose(Path workingDir, Map<String, String> env, FlywaySettings flyway, List<Path> folders,
                         List<MigrationScript> scripts) throws PendingException {
        PendingFailure onFailure = PendingFailure.parse(pendingFailure);
        Supplier<PendingLookup> database = null;
        if (url != null && !url.isBlank()) {
            Optional<Secret> secret = Optional.ofNullable(password != null ? password : env.get(PASSWORD_VARIABLE))
                    .filter(p -> !p.isEmpty()).map(Secret::of);
            DatabaseTarget target = new DatabaseTarget(url.trim(), Optional.ofNullable(user), secret);
            database = () -> FlywayHistory.pending(target, flyway, folders, scripts);
        }
        Supplier<PendingLookup> git = null;
        if (gitBase != null && !gitBase.isBlank()) {
            GitBase.Result result = GitBase.compare(workingDir, gitBase.trim());
            if (result instanceof GitBase.Result.Compared compared) {
                gitChanges = compared.changes();
                git = () -> compared.changes().pending(scripts);
            } else {
                String message = ((GitBase.Result.Failed) result).message();
                git = () -> new PendingLookup.Failed(message);
            }
        }
        return PendingResolver.choose(since, database, git, onFailure);
    }

    /** The migrations changed since the git base (none without one). */
    Map<String, String> modifiedMigrations(List<MigrationScript> scripts) {
        return gitChanges == null ? Map.of() : gitChanges.modifiedMigrations(scripts);
    }
}
