package io.github.migrationguard.cli;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.engine.DeploymentScope;
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
import io.github.migrationguard.source.FlywaySource;
import io.github.migrationguard.source.SourceSet;
import picocli.CommandLine.Command;
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

    @Option(names = "--since", paramLabel = "VERSION",
            description = "Migrations after this version are pending: linted as one deployment (a table created "
                    + "earlier among them is new); earlier ones are only replayed. Default: each migration on its own.")
    private String since;

    CheckCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() throws IOException {
        RuleRegistry registry = RuleRegistry.load(CheckCommand.class.getClassLoader());
        EngineConfig config = engineConfig(registry);
        FlywaySettings flyway = FlywaySettings.defaults()
                .withPlaceholders(placeholders, FlywaySettings.defaults().placeholderPrefix(),
                        FlywaySettings.defaults().placeholderSuffix())
                .withMixed(mixed);

        SourceSet source = FlywaySource.readPaths(workingDir, existingPaths(), flyway);
        LintResult result = new Engine(config, registry).lint(source.scripts(), source.diagnostics());

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
            return new EngineConfig(version, severities, threshold, settings, DeploymentScope.since(since));
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
