package io.github.migrationguard.cli;

import io.github.migrationguard.engine.Baseline;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code baseline PATH…}: writes the current findings to the baseline file (default
 * {@code migration-guard-baseline.json}), to commit; {@code check --baseline FILE} then fails only on
 * new findings. Takes check's options; {@code --baseline} names the file to write.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Write the current findings to a baseline file (default: " + Baseline.DEFAULT_FILE
                + "), so that 'check --baseline FILE' fails only on new ones.")
final class BaselineCommand extends CheckCommand implements Callable<Integer> {

    BaselineCommand(Path workingDir, Map<String, String> env) {
        super(workingDir, env);
    }

    @Override
    public Integer call() {
        Baseline written = Baseline.of(lint().result());
        Path name = baseline == null ? Path.of(Baseline.DEFAULT_FILE) : baseline;
        writeReport(workingDir.resolve(name), written.toJson());
        spec().commandLine().getOut().println("Wrote " + written.entries().size() + " finding"
                + (written.entries().size() == 1 ? "" : "s") + " to " + name.toString().replace('\\', '/'));
        spec().commandLine().getOut().flush();
        return Main.OK;
    }
}
