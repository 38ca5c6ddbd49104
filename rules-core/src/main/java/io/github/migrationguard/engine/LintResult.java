package io.github.migrationguard.engine;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.rules.Severity;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a run found, in report order, and the threshold it is judged by.
 *
 * @param files every file linted, sorted, also those without findings (a JUnit test case or Checkstyle
 *              {@code <file>} each)
 */
public record LintResult(List<Finding> findings, List<Diagnostic> diagnostics, Summary summary, Severity failOn,
                         List<String> files) {

    public LintResult {
        findings = List.copyOf(findings);
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(new TreeSet<>(files));
    }

    /** A result whose files are those its findings and diagnostics name. */
    public LintResult(List<Finding> findings, List<Diagnostic> diagnostics, Summary summary, Severity failOn) {
        this(findings, diagnostics, summary, failOn,
                Stream.concat(findings.stream().map(Finding::file), diagnostics.stream().map(Diagnostic::file)).toList());
    }

    /** Findings at or above {@code failOn}: the ones that fail the build. */
    public long failing() {
        return findings.stream().filter(f -> f.severity().atLeast(failOn)).count();
    }

    public boolean failed() {
        return failing() > 0;
    }
}
