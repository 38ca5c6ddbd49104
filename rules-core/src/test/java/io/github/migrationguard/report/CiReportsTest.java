package io.github.migrationguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** JUnit, Checkstyle, GitLab, Markdown and GitHub output, each read back the way its consumer reads it. */
class CiReportsTest {

    private final LintResult result = Results.unsafe();
    private final ReportContext context = Results.context();

    @Test
    void junitHasATestCasePerFileAndAFailurePerFailingFinding() throws Exception {
        Document xml = parse(JUnitReport.render(result, context));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(4).isEqualTo(Integer.parseInt(suite.getAttribute("tests")));
        int failures = xml.getElementsByTagName("failure").getLength();
        assertThat(failures).isEqualTo(result.failing()).isEqualTo(Integer.parseInt(suite.getAttribute("failures")));
        Element clean = byName(cases, "db/V1__create_orders.sql");
        assertThat(clean.getElementsByTagName("failure").getLength()).isZero();
        Element index = byName(cases, "db/V2__add_index.sql");
        Element failure = (Element) index.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("require-concurrent-index");
        assertThat(failure.getTextContent()).contains("db/V2__add_index.sql:2:1: error require-concurrent-index",
                "fix: ");
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
    void checkstyleHasAFileElementPerFileAndAnErrorPerFinding() throws Exception {
        Document xml = parse(CheckstyleReport.render(result, context));
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("checkstyle");
        assertThat(xml.getElementsByTagName("file").getLength()).isEqualTo(4);
        NodeList errors = xml.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(result.findings().size());
        for (int i = 0; i < errors.getLength(); i++) {
            Element e = (Element) errors.item(i);
            assertThat(e.getAttribute("severity")).isIn("error", "warning", "info");
            assertThat(e.getAttribute("source")).startsWith("migration-guard.");
            assertThat(Integer.parseInt(e.getAttribute("line"))).isPositive();
            assertThat(e.getAttribute("message")).isNotBlank();
        }
        Element odd = byName(xml.getElementsByTagName("file"), "db/V3__constrain \"status\", <now>.sql");
        assertThat(odd.getElementsByTagName("error").getLength()).isPositive();
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
        assertThat(line).startsWith("::error file=db/V3__constrain \"status\"%2C <now>.sql,line=1,col=1,endLine=1,");
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
