package io.github.migrationguard.report;

import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import se.bjurr.violations.lib.ViolationsLogger;
import se.bjurr.violations.lib.model.Violation;
import se.bjurr.violations.lib.parsers.ViolationsParser;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

/**
 * Real consumers of our CI reports, for the tests to read them back as CI does: Maven Surefire's own
 * JUnit XML parser, and violations-lib (behind the Jenkins and pull-request violation plugins) for
 * Checkstyle, Code Climate and SARIF.
 */
final class Consumers {

    private Consumers() {
    }

    static List<ReportTestSuite> surefire(String junitXml) throws Exception {
        return new TestSuiteXmlParser(new NullConsoleLogger()).parse(new InputStreamReader(
                new ByteArrayInputStream(junitXml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    }

    /** What the parser reads; a problem it logs at WARNING or above fails the test instead of being dropped. */
    static Set<Violation> violations(ViolationsParser parser, String report) throws Exception {
        return parser.parseReportOutput(report, new ViolationsLogger() {
            @Override
            public void log(Level level, String message) {
                if (level.intValue() >= Level.WARNING.intValue()) {
                    throw new AssertionError(parser.getClass().getSimpleName() + ": " + message);
                }
            }

            @Override
            public void log(Level level, String message, Throwable t) {
                log(level, message + ": " + t);
            }
        });
    }
}
