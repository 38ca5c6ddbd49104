package io.github.migrationguard.maven;

import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.engine.Baseline;
import io.github.migrationguard.engine.PathPolicy;
import io.github.migrationguard.pending.PendingException;
import io.github.migrationguard.report.GitHubAnnotations;
import io.github.migrationguard.report.ReportContext;
import io.github.migrationguard.report.ReportFormat;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.FlywaySource;
import io.github.migrationguard.source.SourceSet;
import io.github.migrationguard.source.discovery.ResolvedFlyway;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecution;
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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lints the project's Flyway migrations and fails the build on findings at or above {@code failOn}
 * that the baseline does not accept. Writes the reports {@code formats} names to {@code reportDirectory},
 * and GitHub annotations to the console when {@code GITHUB_ACTIONS=true}.
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
     * Column names that mark a multi-tenant table, for {@code tenant-table-without-rls} (default
     * {@code tenant_id}, {@code tenantId}); comma-separated on the command line.
     */
    @Parameter(property = "migration-guard.tenantColumns")
    private List<String> tenantColumns;

    /**
     * The version after which migrations are pending (not yet applied where they will be deployed): those
     * are linted as one deployment, so a table created earlier among them is new; the earlier ones are only
     * replayed to know the schema. Unset: each migration is linted on its own.
     */
    @Parameter(property = "migration-guard.since")
    private String since;

    /** Where the reports go. */
    @Parameter(property = "migration-guard.reportDirectory", defaultValue = "${project.build.directory}/migration-guard")
    private File reportDirectory;

    /**
     * Reports to write to {@code reportDirectory}: {@code json} ({@code report.json}), {@code sarif}
     * ({@code report.sarif}), {@code junit} ({@code TEST-migration-guard.xml}), {@code checkstyle}
     * ({@code checkstyle-result.xml}), {@code gitlab} ({@code gl-code-quality-report.json}), {@code markdown}
     * ({@code report.md}). On the command line: {@code -Dmigration-guard.formats=json,sarif}.
     */
    @Parameter(property = "migration-guard.formats", defaultValue = "json")
    private List<String> formats;

    /**
     * The baseline file: findings it lists are accepted and do not fail the build; entries that match
     * nothing any more are reported as stale. Ignored while the file does not exist; written by the
     * {@code baseline} goal.
     */
    @Parameter(property = "migration-guard.baseline", defaultValue = "${project.basedir}/" + Baseline.DEFAULT_FILE)
    private File baseline;

    /** Path globs of migrations not to lint, relative to the project, e.g. {@code **}{@code /V1__legacy*.sql}. */
    @Parameter(property = "migration-guard.excludes")
    private List<String> excludes;

    /**
     * Severity per rule and path: {@code <pathRule><glob>…</glob><rule>…</rule><severity>…</severity></pathRule>};
     * {@code <rule>*</rule>} means every rule. Wins over {@code rules}; the last matching entry wins.
     */
    @Parameter
    private List<PathRule> pathRules;

    /**
     * The same as {@code pathRules} in one string, {@code GLOB:RULE=SEVERITY} comma-separated:
     * {@code -Dmigration-guard.pathRules=**}{@code /legacy/**:drop-column=info}. Applied after {@code pathRules}.
     */
    @Parameter(property = "migration-guard.pathRules")
    private String pathRulesInline;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Migration Guard: skipped (migration-guard.skip=true)");
            reactorSummary(null, 0);
            return;
        }
        Path baseDir = project.getBasedir().toPath();
        Set<ReportFormat> reportFormats = configured(() -> ReportFiles.formats(formats));
        Linted linted = lint();
        Baseline.Applied applied = BaselineFile.read(baseline.toPath(), baseDir)
                .map(b -> b.apply(linted.result()))
                .orElse(new Baseline.Applied(linted.result(), List.of(), List.of()));
        LintResult result = applied.result();
        log(ReportLog.lines(result));
        BaselineFile.logLines(applied, display(baseDir, baseline.toPath())).forEach(line -> getLog().info(line));
        ReportContext context = new ReportContext(linted.registry(), pluginVersion, repositoryPrefix());
        if (GitHubAnnotations.enabled(System.getenv())) {
            GitHubAnnotations.lines(result, context).forEach(System.out::println);
        }
        Path report = writeReports(reportFormats, result, context);
        reactorSummary(result, applied.stale().size());
        if (result.failed()) {
            throw new MojoFailureException("Migration Guard: " + result.failing() + " finding"
                    + (result.failing() == 1 ? "" : "s") + " at or above " + result.failOn().label()
                    + " (report: " + display(baseDir, report) + ")");
        }
    }

    /** A lint result and the rules it was made with. */
    protected record Linted(LintResult result, RuleRegistry registry) {
    }

    /** Reads the configuration and the migrations and lints them, path policy applied, no baseline. */
    protected Linted lint() throws MojoExecutionException {
        Path baseDir = project.getBasedir().toPath();
        RuleRegistry registry = loadRules();
        PathPolicy policy = configured(() -> PathPolicyMapper.pathPolicy(excludes, pathRules, pathRulesInline));
        LintPlan plan;
        try {
            EngineConfig config = ConfigMapper.engineConfig(new LintParameters(pgVersion, failOn, rules, ruleOverrides,
                    runnerSetsLockTimeout, Boolean.TRUE.equals(mixed), tenantColumns), registry);
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
        if (source.scripts().isEmpty()) {
            getLog().warn("Migration Guard: no migrations found in " + String.join(", ", plan.flyway().locations()));
        }
        Engine engine;
        try {
            engine = new Engine(plan.config(), registry).withPathPolicy(policy);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Migration Guard: " + e.getMessage());
        }
        return new Linted(engine.lint(source), registry);
    }

    protected File baselineFile() {
        return baseline;
    }

    protected Path baseDir() {
        return project.getBasedir().toPath();
    }

    private interface Configured<T> {
        T get() throws ConfigurationException;
    }

    private static <T> T configured(Configured<T> step) throws MojoExecutionException {
        try {
            return step.get();
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("Migration Guard: " + e.getMessage());
        }
    }

    /** The module's folder from the build's root folder, so CI reports name files from the repository root. */
    private String repositoryPrefix() {
        String root = session.getExecutionRootDirectory();
        if (root == null) {
            return "";
        }
        Path base = Path.of(root).toAbsolutePath().normalize();
        Path module = project.getBasedir().toPath().toAbsolutePath().normalize();
        return module.startsWith(base) ? base.relativize(module).toString().replace('\\', '/') : "";
    }

    private void reactorSummary(LintResult result, int stale) {
        ReactorSummary.record(session, project.getId(), reactorModules(), result, stale)
                .ifPresent(line -> getLog().info(line));
    }

    /** Modules that run this goal: all of them when it was named on the command line, else those that declare the plugin. */
    private int reactorModules() {
        List<MavenProject> projects = session.getProjects();
        if (mojoExecution.getSource() == MojoExecution.Source.CLI) {
            return projects.size();
        }
        String key = mojoExecution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey();
        return (int) projects.stream()
                .filter(p -> p.getBuildPlugins().stream().anyMatch(plugin -> plugin.getKey().equals(key)))
                .count();
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

    /** Writes the configured reports; returns the first, for the failure message. */
    private Path writeReports(Set<ReportFormat> reportFormats, LintResult result, ReportContext context)
            throws MojoExecutionException {
        Path directory = reportDirectory.toPath();
        try {
            return ReportFiles.write(directory, reportFormats, result, context).get(0);
        } catch (IOException e) {
            throw new MojoExecutionException("Migration Guard: could not write the reports to " + directory + ": "
                    + e.getMessage());
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

    static String display(Path baseDir, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
