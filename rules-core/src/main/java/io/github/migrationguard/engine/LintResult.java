package io.github.migrationguard.engine;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.rules.Severity;

import java.util.List;

/** What a run found, in report order, and the threshold it is judged by. */
public record LintResult(List<Finding> findings, List<Diagnostic> diagnostics, Summary summary, Severity failOn) {

    public LintResult {
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Findings at or above {@code failOn}: the ones that fail the build. */
    public long failing() {
        return findings.stream().filter(f -> f.severity().atLeast(failOn)).count();
    }

    public boolean failed() {
        return failing() > 0;
    }
}
