package io.github.migrationguard.pending.database;

import io.github.migrationguard.pending.PendingLookup;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.MigrationVersion;
import io.github.migrationguard.source.ScriptKind;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Asks a database's Flyway schema history which migrations are pending, through Flyway Core's public API and
 * read-only: {@code info()} only, never {@code migrate}, with {@code createSchemas=false}; the history table is
 * checked first, so a missing one is reported rather than taken as "everything pending". Pending entries are
 * mapped to our scripts by version (versioned) or description (repeatable).
 *
 * <p>Every problem becomes a one-line {@link PendingLookup.Failed} that never holds the password.
 */
public final class FlywayHistory {

    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final int SOCKET_TIMEOUT_SECONDS = 60;

    private FlywayHistory() {
    }

    /**
     * @param settings  the Flyway configuration the deploy uses (schemas, table, naming, placeholders)
     * @param locations the folders our scripts came from (absolute), for Flyway to resolve the same migrations
     * @param scripts   our scripts, to map Flyway's pending entries to
     */
    public static PendingLookup pending(DatabaseTarget target, FlywaySettings settings, List<Path> locations,
                                        List<MigrationScript> scripts) {
        if (!target.url().startsWith("jdbc:postgresql:")) {
            return new PendingLookup.Failed("pending from the database: " + target.displayUrl()
                    + " is not a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/database)");
        }
        PGSimpleDataSource dataSource = dataSource(target);
        try (Connection connection = dataSource.getConnection()) {
            String schema = settings.effectiveDefaultSchema().orElse(currentSchema(connection));
            if (!tableExists(connection, schema, settings.table())) {
                return new PendingLookup.Failed("no Flyway schema history table \"" + schema + "\".\"" + settings.table()
                        + "\" at " + target.displayUrl() + ": check the schemas and table settings, or migrate the"
                        + " database once with Flyway");
            }
        } catch (SQLException e) {
            return new PendingLookup.Failed(connectionProblem(target, e));
        }
        try {
            MigrationInfo[] pending = configure(dataSource, settings, locations).load().info().pending();
            return new PendingLookup.Found(paths(pending, scripts),
                    target.displayUrl() + ", " + settings.table());
        } catch (FlywayException | IllegalStateException e) {
            return new PendingLookup.Failed("pending from the database " + target.displayUrl() + ": Flyway info failed: "
                    + oneLine(target.scrub(e.getMessage())));
        }
    }

    private static PGSimpleDataSource dataSource(DatabaseTarget target) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(target.url());
        target.user().ifPresent(dataSource::setUser);
        target.password().ifPresent(p -> dataSource.setPassword(p.reveal()));
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
        dataSource.setApplicationName("migration-guard");
        dataSource.setReadOnly(true);
        return dataSource;
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configure(
            PGSimpleDataSource dataSource, FlywaySettings s, List<Path> locations) {
        var config = Flyway.configure(FlywayHistory.class.getClassLoader())
                .dataSource(dataSource)
                .createSchemas(false)
                .connectRetries(0)
                .failOnMissingLocations(false)
                .validateMigrationNaming(false)
                .locations(locations.stream().map(p -> "filesystem:" + p.toAbsolutePath().normalize())
                        .toArray(String[]::new))
                .table(s.table())
                .sqlMigrationPrefix(s.sqlMigrationPrefix())
                .repeatableSqlMigrationPrefix(s.repeatableSqlMigrationPrefix())
                .sqlMigrationSeparator(s.sqlMigrationSeparator())
                .sqlMigrationSuffixes(s.sqlMigrationSuffixes().toArray(String[]::new))
                .placeholders(s.placeholders())
                .placeholderPrefix(s.placeholderPrefix())
                .placeholderSuffix(s.placeholderSuffix())
                .placeholderReplacement(s.placeholderReplacement())
                .encoding(s.encoding())
                .mixed(s.mixed());
        if (!s.schemas().isEmpty()) {
            config = config.schemas(s.schemas().toArray(String[]::new));
        }
        if (s.defaultSchema().isPresent()) {
            config = config.defaultSchema(s.defaultSchema().get());
        }
        return config;
    }

    /** Our scripts that Flyway lists as pending: versioned by version, repeatable by description. */
    private static Set<String> paths(MigrationInfo[] pending, List<MigrationScript> scripts) {
        Set<String> paths = new HashSet<>();
        for (MigrationInfo info : pending) {
            Optional<MigrationScript> match;
            if (info.getVersion() != null) {
                MigrationVersion version = MigrationVersion.parse(info.getVersion().getVersion());
                match = scripts.stream().filter(s -> s.kind() == ScriptKind.VERSIONED
                        && s.version().map(version::equals).orElse(false)).findFirst();
            } else {
                match = scripts.stream().filter(s -> s.kind() == ScriptKind.REPEATABLE
                        && s.description().equals(info.getDescription())).findFirst();
            }
            match.map(MigrationScript::path).ifPresent(paths::add);
        }
        return paths;
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT current_schema()");
             ResultSet rs = st.executeQuery()) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : "public";
        }
    }

    private static boolean tableExists(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT to_regclass(quote_ident(?) || '.' || quote_ident(?)) IS NOT NULL")) {
            st.setString(1, schema);
            st.setString(2, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** One line naming the problem by PostgreSQL's SQLSTATE class, never with the password. */
    private static String connectionProblem(DatabaseTarget target, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String who = target.user().map(u -> " as " + u).orElse("");
        String what;
        if (state.equals("28P01") || state.equals("28000")) {
            what = "authentication failed" + who + ": check the user and password (or the settings.xml server)";
        } else if (state.equals("3D000")) {
            what = "the database does not exist";
        } else if (state.startsWith("08")) {
            what = "cannot connect: " + oneLine(target.scrub(e.getMessage()));
        } else {
            what = oneLine(target.scrub(e.getMessage()));
        }
        return "pending from the database " + target.displayUrl() + ": " + what;
    }

    private static String oneLine(String text) {
        String t = text == null ? "" : text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
