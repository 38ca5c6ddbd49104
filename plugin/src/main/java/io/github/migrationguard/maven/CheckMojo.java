package io.github.migrationguard.maven;

import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.report.JsonReport;
import io.github.migrationguard.pending.PendingException;
import io.github.migrationguard.source.SourceSet;
import io.github.migrationguard.source.discovery.ResolvedFlyway;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Lints the project's Flyway migrations and fails the build on findings at or above {@code failOn}.
 * Also writes {@code report.json} to {@code reportDirectory}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractMojo {

    /** Skip the check. */
    @Parameter(property = "migration-guard.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Where the migrations are, as Flyway's {@code locations}: {@code filesystem:dir} relative to the
     * project, or {@code classpath:dir} looked up in the project's resource directories. Unset: the project's
     * Flyway configuration (flyway-maven-plugin, {@code flyway.conf}/{@code .toml}, Spring Boot), else
     * {@code filesystem:src/main/resources/db/migration}. The Flyway parameters below work the same way.
     */
    @Parameter(property = "migration-guard.locations")
    private List<String> locations;

    /** Flyway's prefix of versioned migrations ({@code V}). */
    @Parameter(property = "migration-guard.sqlMigrationPrefix")
    private String sqlMigrationPrefix;

    /** Flyway's prefix of repeatable migrations ({@code R}). */
    @Parameter(property = "migration-guard.repeatableSqlMigrationPrefix")
    private String repeatableSqlMigrationPrefix;

    /** Flyway's separator between version and description ({@code __}). */
    @Parameter(property = "migration-guard.sqlMigrationSeparator")
    private String sqlMigrationSeparator;

    /** Flyway's migration file suffixes ({@code .sql}). */
    @Parameter(property = "migration-guard.sqlMigrationSuffixes")
    private List<String> sqlMigrationSuffixes;

    /** Flyway placeholder values, replaced in the scripts before linting. */
    @Parameter
    private Map<String, String> placeholders;

    /** Flyway's placeholder prefix; Flyway's <code>&#36;{</code> when not set (Maven would read it as an expression). */
    @Parameter(property = "migration-guard.placeholderPrefix")
    private String placeholderPrefix;

    /** Flyway's placeholder suffix; <code>}</code> when not set. */
    @Parameter(property = "migration-guard.placeholderSuffix")
    private String placeholderSuffix;

    /** Whether Flyway replaces placeholders at all ({@code true}). */
    @Parameter(property = "migration-guard.placeholderReplacement")
    private Boolean placeholderReplacement;

    /** Encoding of the migration files ({@code UTF-8}). */
    @Parameter(property = "migration-guard.encoding")
    private String encoding;

    /** Flyway's {@code mixed}: transactional and non-transactional statements in one migration ({@code false}). */
    @Parameter(property = "migration-guard.mixed")
    private Boolean mixed;

    /**
     * Read the project's Flyway configuration (flyway-maven-plugin, the POM's {@code flyway.*} properties,
     * {@code flyway.conf}, {@code flyway.toml}, Spring Boot's {@code spring.flyway.*}) under the parameters above.
     */
    @Parameter(property = "migration-guard.discoverFlywayConfiguration", defaultValue = "true")
    private boolean discoverFlywayConfiguration;

    /**
     * How the migration folders are laid out: {@code auto} (detected per folder), {@code flyway}, {@code prisma},
     * {@code golang-migrate}, {@code diesel}, {@code liquibase} or {@code plain}. It decides the runner, and so
     * whether each migration runs in a transaction.
     */
    @Parameter(property = "migration-guard.layout", defaultValue = "auto")
    private String layout;

    /**
     * JDBC URL of the database the migrations deploy to: only the migrations its Flyway schema history lists
     * as pending are linted (read-only; never migrates). Wins over {@code gitBase}; {@code since} wins over it.
     */
    @Parameter(property = "migration-guard.url")
    private String url;

    /** Database user for {@code url}. */
    @Parameter(property = "migration-guard.user")
    private String user;

    /** Database password for {@code url}; prefer {@code serverId}. Never logged. */
    @Parameter(property = "migration-guard.password")
    private String password;

    /** A {@code <server>} in settings.xml whose username and (decrypted) password connect to {@code url}. */
    @Parameter(property = "migration-guard.serverId")
    private String serverId;

    /**
     * Ask the database named by the project's Flyway configuration for the pending set, without setting
     * {@code url}. Off by default: a developer's local database would hide migrations already applied there.
     */
    @Parameter(property = "migration-guard.pendingFromDatabase", defaultValue = "false")
    private boolean pendingFromDatabase;

    /**
     * When the database cannot tell the pending set (unreachable, wrong credentials, no history table) or the
     * git base is missing: {@code lint-all} warns and goes on (git base, else every migration), {@code fail}
     * stops the build.
     */
    @Parameter(property = "migration-guard.pendingFailure", defaultValue = "lint-all")
    private String pendingFailure;

    /**
     * A git ref such as {@code origin/main}: migrations added since the merge-base with it are pending, and a
     * migration that existed there and has changed is reported ({@code modified-applied-migration}).
     */
    @Parameter(property = "migration-guard.gitBase")
    private String gitBase;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter settingsDecrypter;

    /** The PostgreSQL version the migrations run on: {@code 18}, {@code 14.2}, … (10 to 18). */
    @Parameter(property = "migration-guard.pgVersion", defaultValue = "18")
    private String pgVersion;

    /** Findings at or above this severity fail the build: {@code error}, {@code warning}, {@code info} or {@code off}. */
    @Parameter(property = "migration-guard.failOn", defaultValue = "error")
    private String failOn;

    /** Severity per rule id, e.g. {@code <rules><lock-timeout>off</lock-timeout></rules>}. */
    @Parameter
    private Map<String, String> rules;

    /**
     * The same as {@code rules} in one string, for the command line:
     * {@code -Dmigration-guard.rules=lock-timeout=off,drop-column=info}. Wins over {@code rules} for the same id.
     */
    @Parameter(property = "migration-guard.rules")
    private String ruleOverrides;

    /** The migration runner sets {@code lock_timeout} for every migration, so {@code lock-timeout} stays quiet. */
    @Parameter(property = "migration-guard.runnerSetsLockTimeout", defaultValue = "false")
    private boolean runnerSetsLockTimeout;

    /**
     * The version after which migrations are pending (not yet applied where they will be deployed): those
     * are linted as one deployment, so a table created earlier among them is new; the earlier ones are only
     * replayed to know the schema. Unset: each migration is linted on its own.
     */
    @Parameter(property = "migration-guard.since")
    private String since;

    /** Where {@code report.json} goes. */
    @Parameter(property = "migration-guard.reportDirectory", defaultValue = "${project.build.directory}/migration-guard")
    private File reportDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Migration Guard: skipped (migration-guard.skip=true)");
            return;
        }
        Path baseDir = project.getBasedir().toPath();
        RuleRegistry registry = loadRules();
        LintPlan plan;
        try {
            EngineConfig config = ConfigMapper.engineConfig(new LintParameters(pgVersion, failOn, rules, ruleOverrides,
                    runnerSetsLockTimeout, Boolean.TRUE.equals(mixed)), registry);
            ResolvedFlyway discovered = discoverFlywayConfiguration
                    ? FlywayConfigDiscovery.discover(baseDir, resourceRoots(), project.getProperties(),
                    project.getBuildPlugins())
                    : ResolvedFlyway.defaults();
            plan = LintPlan.prepare(new LintPlan.Inputs(baseDir, resourceRoots(), discovered,
                    new FlywayParameters(locations, sqlMigrationPrefix, repeatableSqlMigrationPrefix,
                            sqlMigrationSeparator, sqlMigrationSuffixes, placeholders, placeholderPrefix,
                            placeholderSuffix, placeholderReplacement, encoding, mixed),
                    config, layout, since, new PendingSetup.Parameters(url, user, password, serverId,
                    pendingFromDatabase, gitBase), pendingFailure, settings, settingsDecrypter));
        } catch (ConfigurationException | PendingException e) {
            throw new MojoExecutionException("Migration Guard: " + e.getMessage());
        }
        log(plan.log());
        SourceSet source = plan.source();
        EngineConfig config = plan.config();
        if (source.scripts().isEmpty()) {
            getLog().warn("Migration Guard: no migrations found in " + String.join(", ", plan.flyway().locations()));
        }
        LintResult result = new Engine(config, registry).lint(source);
        log(ReportLog.lines(result));
        Path report = writeReport(result);
        if (result.failed()) {
            throw new MojoFailureException("Migration Guard: " + result.failing() + " finding"
                    + (result.failing() == 1 ? "" : "s") + " at or above " + result.failOn().label()
                    + " (report: " + display(baseDir, report) + ")");
        }
    }

    private RuleRegistry loadRules() throws MojoExecutionException {
        try {
            // The plugin's class loader also sees rule jars added as <dependencies> of the plugin.
            return RuleRegistry.load(getClass().getClassLoader());
        } catch (RuntimeException | java.util.ServiceConfigurationError e) {
            throw new MojoExecutionException("Migration Guard: could not load the rules: " + e.getMessage());
        }
    }

    private List<Path> resourceRoots() {
        return project.getResources().stream().map(Resource::getDirectory).map(Path::of).toList();
    }

    private Path writeReport(LintResult result) throws MojoExecutionException {
        Path report = reportDirectory.toPath().resolve("report.json");
        try {
            Files.createDirectories(report.getParent());
            Files.writeString(report, JsonReport.render(result, pluginVersion == null ? "unknown" : pluginVersion),
                    StandardCharsets.UTF_8);
            return report;
        } catch (IOException e) {
            throw new MojoExecutionException("Migration Guard: could not write " + report + ": " + e.getMessage());
        }
    }

    private void log(List<LogLine> lines) {
        Log log = getLog();
        for (LogLine line : lines) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARN -> log.warn(line.text());
                case INFO -> log.info(line.text());
            }
        }
    }

    private static String display(Path baseDir, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
