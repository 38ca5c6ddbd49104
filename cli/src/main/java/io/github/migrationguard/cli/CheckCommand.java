package io.github.migrationguard.cli;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.engine.SeverityOverrides;
import io.github.migrationguard.engine.Baseline;
import io.github.migrationguard.report.GitHubAnnotations;
import io.github.migrationguard.report.ReportContext;
import io.github.migrationguard.report.ReportFormat;
import io.github.migrationguard.report.TextReport;
import io.github.migrationguard.rules.RuleSettings;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.pending.PendingChoice;
import io.github.migrationguard.pending.PendingException;
import io.github.migrationguard.pending.PendingMode;
import io.github.migrationguard.source.SourceSet;
import io.github.migrationguard.source.discovery.FlywayConfigApplier;
import io.github.migrationguard.source.discovery.FlywayConfigFiles;
import io.github.migrationguard.source.discovery.ResolvedFlyway;
import io.github.migrationguard.source.layout.Layout;
import io.github.migrationguard.source.layout.LayoutSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code check PATH…}: lints migration files and folders, Flyway naming and placeholders applied. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Lint migration files or folders (folders: every migration in them, in Flyway's order).")
class CheckCommand implements Callable<Integer> {

    protected final Path workingDir;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "A migration file or a folder of migrations.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, sarif, junit, checkstyle, gitlab, markdown or github (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of the console.")
    private Path output;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accept the findings FILE lists (written by 'baseline'): only new findings fail; "
                    + "entries matching nothing are reported as stale.")
    protected Path baseline;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Do not lint files whose path matches GLOB (e.g. '**/V1__legacy*.sql'). Repeatable.")
    private List<String> excludes = new ArrayList<>();

    @Option(names = "--path-rule", paramLabel = "GLOB:ID=SEVERITY",
            description = "A rule's severity in files matching GLOB (ID * for every rule). Repeatable; the last match wins.")
    private List<String> pathRules = new ArrayList<>();

    @Option(names = "--pg-version", defaultValue = "18", paramLabel = "VERSION",
            description = "Target PostgreSQL version, 10 to 18 (e.g. 14.2; default: ${DEFAULT-VALUE}).")
    private String pgVersion;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
            description = "Exit 1 on findings at or above: error, warning, info or off (default: ${DEFAULT-VALUE}).")
    private String failOn;

    @Option(names = "--rule", paramLabel = "ID=SEVERITY",
            description = "Set a rule's severity (error, warning, info, off). Repeatable.")
    private Map<String, String> rules = new LinkedHashMap<>();

    @Option(names = "--placeholder", paramLabel = "KEY=VALUE", description = "A Flyway placeholder value. Repeatable.")
    private Map<String, String> placeholders = new LinkedHashMap<>();

    @Option(names = "--mixed", description = "Flyway's mixed=true: transactional and non-transactional statements in one migration.")
    private boolean mixed;

    @Option(names = "--runner-sets-lock-timeout", description = "The runner sets lock_timeout for every migration.")
    private boolean runnerSetsLockTimeout;

    @Option(names = "--tenant-column", paramLabel = "NAME",
            description = "A column that marks a multi-tenant table (tenant-table-without-rls); repeatable "
                    + "(default: tenant_id, tenantId).")
    private List<String> tenantColumns = new ArrayList<>();

    @Option(names = "--layout", defaultValue = "auto", paramLabel = "LAYOUT",
            description = "How folders are laid out: auto (detected per folder), flyway, prisma, golang-migrate, "
                    + "diesel, liquibase or plain (default: ${DEFAULT-VALUE}).")
    private String layout;

    @Mixin
    private PendingOptions pending = new PendingOptions();

    private final Map<String, String> env;

    CheckCommand(Path workingDir) {
        this(workingDir, System.getenv());
    }

    /** @param env the environment, for {@value PendingOptions#PASSWORD_VARIABLE} */
    CheckCommand(Path workingDir, Map<String, String> env) {
        this.workingDir = workingDir;
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        Linted linted = lint();
        Baseline.Applied applied = baseline == null
                ? new Baseline.Applied(linted.result(), List.of(), List.of())
                : readBaseline().apply(linted.result());
        LintResult result = applied.result();
        ReportContext context = ReportContext.of(linted.registry(), VersionProvider.version());

        String report = format.render(result, context);
        List<String> baselineLines = BaselineLines.of(applied, baseline);
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(report);
            if (format == ReportFormat.TEXT) {
                baselineLines.forEach(out::println);
            }
        } else {
            Path file = workingDir.resolve(output);
            writeReport(file, report);
            out.println(TextReport.summaryLine(result));
            baselineLines.forEach(out::println);
        }
        if (GitHubAnnotations.enabled(System.getenv()) && format != ReportFormat.GITHUB
                && (output != null || format == ReportFormat.TEXT)) {
            GitHubAnnotations.lines(result, context).forEach(out::println);
        }
        out.flush();
        return result.failed() ? Main.FINDINGS : Main.OK;
    }

    /** A lint result and the rules it was made with. */
    record Linted(LintResult result, RuleRegistry registry) {
    }

    /** Reads the options and the migrations and lints them, path policy applied, no baseline. */
    Linted lint() {
        RuleRegistry registry = RuleRegistry.load(CheckCommand.class.getClassLoader());
        EngineConfig config = engineConfig(registry);
        // flyway.conf / flyway.toml / Spring Boot's files in the working directory, under the options given here.
        ResolvedFlyway discovered = FlywayConfigApplier.apply(FlywaySettings.defaults(),
                FlywayConfigFiles.discover(workingDir, List.of(Path.of("src/main/resources"))));
        Map<String, String> allPlaceholders = new LinkedHashMap<>(discovered.settings().placeholders());
        allPlaceholders.putAll(placeholders);
        FlywaySettings flyway = discovered.settings()
                .withPlaceholders(allPlaceholders, discovered.settings().placeholderPrefix(),
                        discovered.settings().placeholderSuffix())
                .withMixed(mixed || discovered.settings().mixed());
        PrintWriter err = spec.commandLine().getErr();
        if (!discovered.origins().isEmpty()) {
            err.println("Flyway configuration from " + String.join(", ", discovered.origins()));
        }
        discovered.problems().forEach(err::println);
        flyway.groupCaveat().ifPresent(c -> err.println("warning: " + c));

        LayoutSource.Scan scan = LayoutSource.readPaths(workingDir, existingPaths(), layout(), flyway);
        // Quiet by default (pre-commit hooks): the layout is worth a line when it is not Flyway's.
        scan.folders().stream().filter(f -> f.layout() != Layout.FLYWAY).forEach(f -> err.println("Migrations in " + f));
        SourceSet source = scan.source();
        PendingChoice choice;
        try {
            choice = pending.choose(workingDir, env, flyway,
                    scan.folders().stream().map(f -> workingDir.resolve(f.folder())).toList(), source.scripts());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (PendingException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        choice.warnings().forEach(w -> err.println("warning: " + w));
        if (choice.mode() != PendingMode.NONE) {
            choice.logLines(source.scripts()).forEach(err::println);
        }
        err.flush();
        RuleSettings given = config.settings();
        config = config.withScope(choice.scope()).withSettings(new RuleSettings(given.runnerSetsLockTimeout(),
                flyway.mixed(), given.tenantColumns(), discovered.transactionalLock(),
                pending.modifiedMigrations(source.scripts()), flyway.executeInTransaction()));
        Engine engine;
        try {
            engine = new Engine(config, registry).withPathPolicy(PathRuleOptions.policy(excludes, pathRules));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return new Linted(engine.lint(source), registry);
    }

    private Baseline readBaseline() {
        Path file = workingDir.resolve(baseline);
        try {
            return Baseline.parse(Files.readString(file, StandardCharsets.UTF_8), baseline.toString());
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read the baseline " + baseline + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    CommandSpec spec() {
        return spec;
    }

    private EngineConfig engineConfig(RuleRegistry registry) {
        try {
            PgVersion version = PgVersion.parse(pgVersion);
            Severity threshold = Severity.parse(failOn);
            Map<String, Severity> severities = SeverityOverrides.parse(rules, registry);
            RuleSettings settings = new RuleSettings(runnerSetsLockTimeout, mixed, RuleSettings.tenantColumns(tenantColumns));
            return new EngineConfig(version, severities, threshold, settings);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Layout layout() {
        try {
            return Layout.parseOrAuto(layout);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private List<Path> existingPaths() {
        List<Path> resolved = new ArrayList<>();
        for (Path p : paths) {
            Path path = workingDir.resolve(p).normalize();
            if (!Files.exists(path)) {
                throw new ParameterException(spec.commandLine(), "No such file or directory: " + p);
            }
            resolved.add(path);
        }
        return resolved;
    }

    void writeReport(Path file, String report) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot write " + file + ": " + e.getMessage());
        }
    }
}
