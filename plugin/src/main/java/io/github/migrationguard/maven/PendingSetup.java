package io.github.migrationguard.maven;

import io.github.migrationguard.Secret;
import io.github.migrationguard.pending.GitBase;
import io.github.migrationguard.pending.GitChanges;
import io.github.migrationguard.pending.PendingLookup;
import io.github.migrationguard.pending.database.DatabaseTarget;
import io.github.migrationguard.pending.database.FlywayHistory;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.discovery.ResolvedFlyway;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns the pending-set parameters into the lookups {@link io.github.migrationguard.pending.PendingResolver} asks:
 * the database when {@code url} or {@code serverId} is set (or {@code pendingFromDatabase}), with credentials from
 * the parameters, the {@code settings.xml} server (decrypted), or the discovered Flyway configuration, in that
 * order; the git base when {@code gitBase} is set.
 */
final class PendingSetup {

    /** The mojo's parameters for the pending set; null means not configured. */
    record Parameters(String url, String user, String password, String serverId, boolean fromDatabase,
                      String gitBase) {
        @Override
        public String toString() {
            return "Parameters[url=" + url + ", user=" + user + ", serverId=" + serverId + ", gitBase=" + gitBase + "]";
        }
    }

    private PendingSetup() {
    }

    /** The database lookup, or null when no database is configured. */
    static Supplier<PendingLookup> database(Parameters p, ResolvedFlyway discovered, Settings settings,
                                            SettingsDecrypter decrypter, FlywaySettings flyway, List<Path> folders,
                                            List<MigrationScript> scripts) throws ConfigurationException {
        if (blank(p.url()) && blank(p.serverId()) && !p.fromDatabase()) {
            return null;
        }
        Optional<Server> server = server(p.serverId(), settings, decrypter);
        String url = firstOf(p.url(), discovered.url().orElse(null));
        if (url == null) {
            throw new ConfigurationException("pending from the database needs a JDBC URL: set url (or"
                    + " -Dmigration-guard.url), or give Flyway one in its configuration");
        }
        Optional<String> user = Optional.ofNullable(firstOf(p.user(),
                server.map(Server::getUsername).orElse(null), discovered.user().orElse(null)));
        Optional<Secret> password = !blank(p.password()) ? Optional.of(Secret.of(p.password()))
                : server.map(Server::getPassword).filter(s -> !s.isEmpty()).map(Secret::of).or(discovered::password);
        DatabaseTarget target = new DatabaseTarget(url, user, password);
        return () -> FlywayHistory.pending(target, flyway, folders, scripts);
    }

    /** The git lookup, or null when no git base is configured; also hands the comparison to {@code changes}. */
    static Supplier<PendingLookup> git(String gitBase, Path baseDir, List<MigrationScript> scripts,
                                       java.util.function.Consumer<GitChanges> changes) {
        if (blank(gitBase)) {
            return null;
        }
        GitBase.Result result = GitBase.compare(baseDir, gitBase.trim());
        if (result instanceof GitBase.Result.Compared compared) {
            changes.accept(compared.changes());
            return () -> compared.changes().pending(scripts);
        }
        String message = ((GitBase.Result.Failed) result).message();
        return () -> new PendingLookup.Failed(message);
    }

    private static Optional<Server> server(String serverId, Settings settings, SettingsDecrypter decrypter)
            throws ConfigurationException {
        if (blank(serverId)) {
            return Optional.empty();
        }
        Server server = settings == null ? null : settings.getServer(serverId.trim());
        if (server == null) {
            throw new ConfigurationException("serverId: no <server> with id '" + serverId.trim() + "' in settings.xml");
        }
        if (decrypter == null) {
            return Optional.of(server);
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : decrypted.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new ConfigurationException("serverId: cannot decrypt the password of server '" + serverId.trim()
                        + "' (" + problem.getMessage() + ")");
            }
        }
        return Optional.ofNullable(decrypted.getServer());
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (!blank(v)) {
                return v.trim();
            }
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
