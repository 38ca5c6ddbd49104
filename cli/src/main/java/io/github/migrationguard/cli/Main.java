package io.github.migrationguard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** {@code migration-guard}: the command line. Exit codes: 0 clean, 1 failing findings, 2 bad usage, 3 internal error. */
@Command(name = "migration-guard", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Schema-migration safety linter for PostgreSQL.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:bad usage or configuration",
            "3:internal error"})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL_ERROR = 3;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(Path.of("").toAbsolutePath()).execute(args));
    }

    /** The command line, with paths read and reported relative to {@code workingDir}. */
    public static CommandLine commandLine(Path workingDir) {
        return commandLine(workingDir, System.getenv());
    }

    /** The same, with the environment given (for {@code MIGRATION_GUARD_PASSWORD}). */
    public static CommandLine commandLine(Path workingDir, java.util.Map<String, String> env) {
        CommandLine cl = new CommandLine(new Main())
                .addSubcommand(new CheckCommand(workingDir, env))
                .addSubcommand(new BaselineCommand(workingDir, env))
                .addSubcommand(new RulesCommand())
                .addSubcommand(new ExplainCommand())
                .setCaseInsensitiveEnumValuesAllowed(true);
        // One line for the user's mistakes, no usage dump and no stack trace.
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("migration-guard: " + e.getMessage()
                    + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            failed.getErr().flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, failed, parseResult) -> {
            failed.getErr().println("migration-guard: internal error: " + e);
            failed.getErr().flush();
            return INTERNAL_ERROR;
        });
        return cl;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: use check, baseline, rules or explain");
    }
}
