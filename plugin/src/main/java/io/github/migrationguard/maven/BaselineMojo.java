package io.github.migrationguard.maven;

import io.github.migrationguard.engine.Baseline;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

import java.nio.file.Path;

/**
 * Writes the current findings to the baseline file ({@code migration-guard-baseline.json} in the
 * project folder by default), to commit: from then on {@code check} fails only on new findings.
 * Takes the same parameters as {@code check}. Never fails on findings.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = true)
public class BaselineMojo extends CheckMojo {

    @Override
    public void execute() throws MojoExecutionException {
        Linted linted = lint();
        Baseline baseline = Baseline.of(linted.result());
        Path file = baselineFile().toPath();
        BaselineFile.write(file, baseline);
        getLog().info("Migration Guard: wrote " + baseline.entries().size() + " finding"
                + (baseline.entries().size() == 1 ? "" : "s") + " to the baseline " + display(baseDir(), file));
    }
}
