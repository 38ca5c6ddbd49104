package io.github.migrationguard.cli;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.engine.SeverityOverrides;
import io.github.migrationguard.report.JsonReport;
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
final class CheckCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    private final Path workingDir;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "A migration file or a folder of migrations.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of the console.")
    private Path output;

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
            err.println("migration-guard: " + e.getMessage());
            err.flush();
            return Main.USAGE;
        }
        choice.warnings().forEach(w -> err.println("warning: " + w));
        if (choice.mode() != PendingMode.NONE) {
            choice.logLines(source.scripts()).forEach(err::println);
        }
        err.flush();
        RuleSettings given = config.settings();
        config = config.withScope(choice.scope()).withSettings(new RuleSettings(given.runnerSetsLockTimeout(),
                flyway.mixed(), given.tenantColumns(), discovered.transactionalLock(),
                pending.modifiedMigrations(source.scripts())));
        LintResult result = new Engine(config, registry).lint(source);

        String report = format == Format.JSON
                ? JsonReport.render(result, VersionProvider.version())
                : String.join(System.lineSeparator(), TextReport.lines(result)) + System.lineSeparator();
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(report);
        } else {
            Path file = workingDir.resolve(output);
            writeReport(file, report);
            out.println(TextReport.summaryLine(result));
        }
        out.flush();
        return result.failed() ? Main.FINDINGS : Main.OK;
    }

    private EngineConfig engineConfig(RuleRegistry registry) {
        try {
            PgVersion version = PgVersion.parse(pgVersion);
            Severity threshold = Severity.parse(failOn);
            Map<String, Severity> severities = SeverityOverrides.parse(rules, registry);
            RuleSettings settings = new RuleSettings(runnerSetsLockTimeout, mixed, RuleSettings.DEFAULTS.tenantColumns());
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

    private void writeReport(Path file, String report) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot write " + output + ": " + e.getMessage());
        }
    }
}
