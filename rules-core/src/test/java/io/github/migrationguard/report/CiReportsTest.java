package io.github.migrationguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.source.MigrationScript;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.bjurr.violations.lib.model.SEVERITY;
import se.bjurr.violations.lib.model.Violation;
import se.bjurr.violations.lib.parsers.CheckStyleParser;
import se.bjurr.violations.lib.parsers.CodeClimateParser;
import se.bjurr.violations.lib.parsers.SarifParser;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** JUnit, Checkstyle, GitLab, SARIF, Markdown and GitHub output, each read back the way its consumer reads it. */
class CiReportsTest {

    private final LintResult result = Results.unsafe();
    private final ReportContext context = Results.context();

    @Test
    void surefireReadsATestCasePerFileAndAFailurePerFailingFile() throws Exception {
        List<ReportTestSuite> suites = Consumers.surefire(JUnitReport.render(result, context));
        assertThat(suites).hasSize(1);
        ReportTestSuite suite = suites.get(0);
        assertThat(suite.getName()).isEqualTo("migration-guard");
        assertThat(suite.getNumberOfTests()).isEqualTo(4).isEqualTo(result.files().size());
        assertThat(suite.getNumberOfFailures()).isEqualTo(3);
        assertThat(suite.getNumberOfErrors()).isZero();
        Map<String, ReportTestCase> cases = suite.getTestCases().stream()
                .collect(Collectors.toMap(ReportTestCase::getName, c -> c));
        assertThat(cases).containsOnlyKeys(result.files());
        assertThat(cases.get("db/V1__create_orders.sql").isSuccessful()).isTrue();
        ReportTestCase index = cases.get("db/V2__add_index.sql");
        assertThat(index.getFailureType()).isEqualTo("require-concurrent-index");
        assertThat(index.getFailureMessage()).startsWith("2:1 CREATE INDEX on existing table \"orders\"");
        assertThat(index.getFailureDetail()).contains("db/V2__add_index.sql:2:1: error require-concurrent-index",
                "fix: CREATE INDEX CONCURRENTLY");
        assertThat(cases.get("db/V3__constrain \"status\", <now>.sql").getFailureType()).isEqualTo("add-check-constraint");
        assertThat(cases.get("db/V4__drop_code.sql").getFailureType()).isEqualTo("drop-column");
    }

    @Test
    void surefireSeesEveryFailingFindingOfAFile() throws Exception {
        // Surefire's parser (like Jenkins) keeps one failure per test case, so a file's findings share one.
        LintResult two = Results.lint(List.of(MigrationScript.plain("db/V1.sql", Results.CREATE),
                MigrationScript.plain("db/V2.sql", Results.INDEX + Results.DROP)));
        ReportTestSuite suite = Consumers.surefire(JUnitReport.render(two, context)).get(0);
        assertThat(suite.getNumberOfFailures()).isEqualTo(1);
        ReportTestCase failed = suite.getTestCases().stream().filter(ReportTestCase::hasFailure).findFirst().orElseThrow();
        assertThat(failed.getName()).isEqualTo("db/V2.sql");
        assertThat(failed.getFailureType()).isEqualTo("require-concurrent-index drop-column");
        assertThat(failed.getFailureMessage()).isEqualTo("2 findings: 2:1 require-concurrent-index, 3:1 drop-column");
        assertThat(failed.getFailureDetail()).contains("db/V2.sql:2:1: error require-concurrent-index",
                "db/V2.sql:3:1: error drop-column", "DROP COLUMN IF EXISTS code");
    }

    @Test
    void junitPutsFindingsBelowFailOnIntoSystemOut() throws Exception {
        LintResult lenient = new LintResult(result.findings(), result.diagnostics(), result.summary(),
                io.github.migrationguard.rules.Severity.OFF, result.files());
        Document xml = parse(JUnitReport.render(lenient, context));
        assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
        assertThat(xml.getElementsByTagName("system-out").item(0).getTextContent()).contains("error");
    }

    @Test
    void checkstyleHasAFileElementPerFile() throws Exception {
        Document xml = parse(CheckstyleReport.render(result, context));
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("checkstyle");
        assertThat(xml.getElementsByTagName("file").getLength()).isEqualTo(4);
    }

    @Test
    void violationsLibReadsEveryFindingFromCheckstyle() throws Exception {
        Set<Violation> read = Consumers.violations(new CheckStyleParser(), CheckstyleReport.render(result, context));
        assertThat(messages(read, v -> v.getFile())).isEqualTo(expected("migration-guard.", CiReportsTest::severity));
        assertThat(read).allSatisfy(v -> assertThat(v.getColumn()).isEqualTo(1));
    }

    @Test
    void violationsLibReadsEveryFindingFromGitLabCodeQuality() throws Exception {
        String report = GitLabCodeQualityReport.render(result, context);
        Set<Violation> read = Consumers.violations(new CodeClimateParser(), report);
        // violations-lib counts GitLab's "major" (our warnings) among its errors, as it does blocker and critical.
        Function<Severity, SEVERITY> majorIsError = s -> s == Severity.WARNING ? SEVERITY.ERROR : severity(s);
        assertThat(messages(read, v -> v.getFile())).isEqualTo(expected("", majorIsError));
        assertThat(read).extracting(Violation::getCategory).containsOnly("Performance", "Compatibility");
    }

    @Test
    void violationsLibReadsEveryFindingFromSarif() throws Exception {
        // SARIF uris are percent-encoded uri references: a consumer decodes them back to the path.
        Set<Violation> read = Consumers.violations(new SarifParser(), SarifReport.render(result, context));
        Map<Read, String> messages = messages(read, v -> URI.create(v.getFile()).getPath());
        Map<Read, String> expected = expected("", CiReportsTest::severity);
        assertThat(messages).containsOnlyKeys(expected.keySet());
        expected.forEach((finding, message) -> assertThat(messages.get(finding)).contains(message));
    }

    /** What a violations consumer shows of a finding, apart from its message. */
    private record Read(String file, int line, String rule, SEVERITY severity) {
    }

    private Map<Read, String> expected(String rulePrefix, Function<Severity, SEVERITY> severity) {
        return result.findings().stream().collect(Collectors.toMap(
                f -> new Read(context.path(f.file()), f.range().line(), rulePrefix + f.ruleId(),
                        severity.apply(f.severity())),
                Finding::message));
    }

    private static Map<Read, String> messages(Set<Violation> read, Function<Violation, String> path) {
        return read.stream().collect(Collectors.toMap(
                v -> new Read(path.apply(v), v.getStartLine(), v.getRule(), v.getSeverity()), Violation::getMessage));
    }

    private static SEVERITY severity(Severity severity) {
        return switch (severity) {
            case ERROR -> SEVERITY.ERROR;
            case WARNING -> SEVERITY.WARN;
            case INFO, OFF -> SEVERITY.INFO;
        };
    }

    @Test
    void gitlabIssuesHaveEveryRequiredMemberAndUniqueFingerprints() throws Exception {
        JsonNode issues = new ObjectMapper().readTree(GitLabCodeQualityReport.render(result, context));
        assertThat(issues.isArray()).isTrue();
        assertThat(issues.size()).isEqualTo(result.findings().size());
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode issue : issues) {
            assertThat(issue.get("description").asText()).isNotBlank();
            assertThat(RuleRegistry.builtin().contains(issue.get("check_name").asText())).isTrue();
            assertThat(issue.get("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(issue.at("/location/path").asText()).startsWith("db/");
            assertThat(issue.at("/location/lines/begin").asInt()).isPositive();
            assertThat(fingerprints.add(issue.get("fingerprint").asText())).isTrue();
        }
    }

    @Test
    void markdownHasTheSummaryTableSectionsSqlAndFixes() {
        String md = MarkdownReport.render(result, context);
        assertThat(md).contains("| error | " + result.summary().errors() + " |", "## Migration risks",
                "```sql\nCREATE INDEX orders_status_idx ON orders (status);\n```", "**Fix**", "CONCURRENTLY");
        assertThat(md).contains("fail the check");
    }

    @Test
    void markdownFencesOutlastBackticksInTheSql() {
        assertThat(MarkdownReport.fenced("SELECT '```';")).startsWith("````sql\n").endsWith("\n````\n");
    }

    @Test
    void reviewSectionsComeFromOnePlace() {
        assertThat(ReviewSection.of("tenant-table-without-rls", io.github.migrationguard.rules.Category.SCHEMA_DESIGN))
                .isEqualTo(ReviewSection.SECURITY);
        assertThat(ReviewSection.of("unbatched-update", io.github.migrationguard.rules.Category.DATA_CHANGES))
                .isEqualTo(ReviewSection.DATA_CHANGES);
        assertThat(ReviewSection.of("drop-column", io.github.migrationguard.rules.Category.COMPATIBILITY))
                .isEqualTo(ReviewSection.MIGRATION_RISKS);
    }

    @Test
    void githubAnnotationsEscapePropertiesAndData() {
        String line = GitHubAnnotations.lines(result, context).stream()
                .filter(l -> l.contains("add-check-constraint")).findFirst().orElseThrow();
        assertThat(line).startsWith("::error file=db/V3__constrain \"status\"%2C <now>.sql,line=1,endLine=1,col=1,endColumn=");
        assertThat(line).contains(",title=migration-guard add-check-constraint::");
        assertThat(line).doesNotContain("\n").contains("%0A%0AFix:%0A");
        assertThat(GitHubAnnotations.property("a:b,c%d\r\ne")).isEqualTo("a%3Ab%2Cc%25d%0D%0Ae");
        assertThat(GitHubAnnotations.data("50%: a,b\n")).isEqualTo("50%25: a,b%0A");
    }

    @Test
    void githubAnnotationsOnlyOnActions() {
        assertThat(GitHubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "true"))).isTrue();
        assertThat(GitHubAnnotations.enabled(Map.of())).isFalse();
    }

    @Test
    void xmlEscapingKeepsDocumentsWellFormed() throws Exception {
        assertThat(Xml.escape("a<b>&\"'\u0001")).isEqualTo("a&lt;b&gt;&amp;&quot;&apos;\uFFFD");
        parse("<x a=\"" + Xml.escape("\u0000\uD800<&") + "\">" + Xml.text("line\nbreak ]]>") + "</x>");
    }

    @Test
    void everyFormatRendersAndParsesByName() {
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(ReportFormat.parse(format.label().toUpperCase())).isEqualTo(format);
            assertThat(format.render(result, context)).isNotBlank();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportFormat.parse("pdf"))
                .hasMessageContaining("sarif");
    }

    private static Element byName(NodeList nodes, String name) {
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no element named " + name);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
