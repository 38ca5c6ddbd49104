package io.github.migrationguard.maven;

import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.report.JsonReport;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.FlywaySource;
import io.github.migrationguard.source.SourceSet;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

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
     * project, or {@code classpath:dir} looked up in the project's resource directories.
     */
    @Parameter(property = "migration-guard.locations", defaultValue = FlywaySettings.DEFAULT_LOCATION)
    private List<String> locations;

    /** Flyway's prefix of versioned migrations. */
    @Parameter(property = "migration-guard.sqlMigrationPrefix", defaultValue = "V")
    private String sqlMigrationPrefix;

    /** Flyway's prefix of repeatable migrations. */
    @Parameter(property = "migration-guard.repeatableSqlMigrationPrefix", defaultValue = "R")
    private String repeatableSqlMigrationPrefix;

    /** Flyway's separator between version and description. */
    @Parameter(property = "migration-guard.sqlMigrationSeparator", defaultValue = "__")
    private String sqlMigrationSeparator;

    /** Flyway's migration file suffixes. */
    @Parameter(property = "migration-guard.sqlMigrationSuffixes", defaultValue = ".sql")
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

    /** Whether Flyway replaces placeholders at all. */
    @Parameter(property = "migration-guard.placeholderReplacement", defaultValue = "true")
    private boolean placeholderReplacement;

    /** Encoding of the migration files. */
    @Parameter(property = "migration-guard.encoding", defaultValue = "UTF-8")
    private String encoding;

    /** Flyway's {@code mixed}: transactional and non-transactional statements in one migration. */
    @Parameter(property = "migration-guard.mixed", defaultValue = "false")
    private boolean mixed;

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
        FlywaySettings flyway;
        EngineConfig config;
        try {
            flyway = ConfigMapper.flywaySettings(new FlywayParameters(locations, sqlMigrationPrefix,
                    repeatableSqlMigrationPrefix, sqlMigrationSeparator, sqlMigrationSuffixes, placeholders,
                    placeholderPrefix, placeholderSuffix, placeholderReplacement, encoding, mixed));
            config = ConfigMapper.engineConfig(new LintParameters(pgVersion, failOn, rules, ruleOverrides,
                    runnerSetsLockTimeout, mixed), registry).withScope(ConfigMapper.scope(since));
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("Migration Guard: " + e.getMessage());
        }

        SourceSet source = FlywaySource.scan(baseDir, resourceRoots(), flyway);
        if (source.scripts().isEmpty()) {
            getLog().warn("Migration Guard: no migrations found in " + String.join(", ", flyway.locations()));
        }
        LintResult result = new Engine(config, registry).lint(source.scripts(), source.diagnostics());
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
