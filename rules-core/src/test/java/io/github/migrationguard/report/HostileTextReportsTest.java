package io.github.migrationguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.StatementRef;
import io.github.migrationguard.engine.Summary;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.sql.SourceRange;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import se.bjurr.violations.lib.model.Violation;
import se.bjurr.violations.lib.parsers.CheckStyleParser;

import java.net.URI;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One finding and one diagnostic whose texts hold everything a format must escape (line breaks, quotes,
 * markup, '&', '%', ':' and ',', non-ASCII, a tab), in a path with spaces: each format, read back by a
 * real consumer, gives the same text and path.
 */
class HostileTextReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String PATH = "db/my migrations/V1__ünï \"quoted\" & <co,de> 50%.sql";
    static final String MESSAGE = "Line one: \"quoted\" <tag> & 'single' 100% done,\nline two\ttabbed — é 表 😀";
    static final String FIX = "ALTER TABLE \"Ta<b>le\" ADD COLUMN c text DEFAULT '%s & <x>';";
    static final String DIAGNOSTIC = "unterminated string literal: 'a<b>&c' 5% \"x\"\nsecond line";

    static LintResult result() {
        SourceRange range = new SourceRange(2, 3, 4, 7);
        Finding finding = new Finding("add-column-default", Severity.ERROR, PATH, range, MESSAGE, FIX,
                new StatementRef(range, "ALTER TABLE t ADD COLUMN c text", "0123456789abcdef0123456789abcdef"));
        Diagnostic diagnostic = new Diagnostic(PATH, 9, 2, DIAGNOSTIC);
        return new LintResult(List.of(finding), List.of(diagnostic), new Summary(1, 3, 0, 0, 3, 1, 0, 0), Severity.ERROR);
    }

    @Test
    void sarifKeepsTextAndPathAndIsValid() throws Exception {
        String sarif = SarifReport.render(result(), Results.context());
        assertThat(SarifReportTest.validate(sarif)).isEmpty();
        JsonNode run = JSON.readTree(sarif).at("/runs/0");
        JsonNode result = run.at("/results/0");
        assertThat(result.at("/message/text").asText()).startsWith(MESSAGE).endsWith(FIX);
        String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertThat(URI.create(uri).getPath()).isEqualTo(PATH);
        assertThat(result.at("/fixes/0/replacements/0/insertedContent/text").asText("")).isIn("", FIX);
        JsonNode note = run.at("/invocations/0/toolExecutionNotifications/0");
        assertThat(note.at("/message/text").asText()).isEqualTo(DIAGNOSTIC);
        assertThat(note.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(9);
    }

    @Test
    void jsonAndGitLabKeepTextAndPath() throws Exception {
        JsonNode json = JSON.readTree(JsonReport.render(result(), "1.2.3"));
        assertThat(json.at("/findings/0/message").asText()).isEqualTo(MESSAGE);
        assertThat(json.at("/findings/0/file").asText()).isEqualTo(PATH);
        assertThat(json.at("/findings/0/fix").asText()).isEqualTo(FIX);
        assertThat(json.at("/diagnostics/0/message").asText()).isEqualTo(DIAGNOSTIC);
        JsonNode gitlab = JSON.readTree(GitLabCodeQualityReport.render(result(), Results.context()));
        assertThat(gitlab.at("/0/description").asText()).isEqualTo(MESSAGE);
        assertThat(gitlab.at("/0/location/path").asText()).isEqualTo(PATH);
        assertThat(gitlab.at("/0/location/lines/begin").asInt()).isEqualTo(2);
        assertThat(gitlab.at("/0/location/lines/end").asInt()).isEqualTo(4);
        // the diagnostic is an issue too: GitLab's widget would otherwise show nothing for that file
        assertThat(gitlab.at("/1/description").asText()).isEqualTo(DIAGNOSTIC);
        assertThat(gitlab.at("/1/check_name").asText()).isEqualTo("migration-guard-diagnostic");
        assertThat(gitlab.at("/1/location/lines/begin").asInt()).isEqualTo(9);
        assertThat(Consumers.violations(new se.bjurr.violations.lib.parsers.CodeClimateParser(),
                GitLabCodeQualityReport.render(result(), Results.context()))).hasSize(2);
    }

    @Test
    void junitKeepsTextAndPath() throws Exception {
        String xml = JUnitReport.render(result(), Results.context());
        List<ReportTestSuite> suites = Consumers.surefire(xml);
        assertThat(suites).singleElement().satisfies(s -> assertThat(s.getTestCases()).singleElement().satisfies(c -> {
            assertThat(c.getName()).isEqualTo(PATH);
            assertThat(c.getFailureMessage()).isEqualTo("2:3 " + MESSAGE);
            assertThat(c.getFailureDetail()).contains(MESSAGE.split("\n")[1]).contains(FIX);
        }));
        Element failure = (Element) CiReportsTest.parse(xml).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("2:3 " + MESSAGE);
        Element out = (Element) CiReportsTest.parse(xml).getElementsByTagName("system-out").item(0);
        assertThat(out.getTextContent()).contains(DIAGNOSTIC.split("\n")[0]).contains("second line");
    }

    @Test
    void checkstyleKeepsTextAndPath() throws Exception {
        String xml = CheckstyleReport.render(result(), Results.context());
        Set<Violation> violations = Consumers.violations(new CheckStyleParser(), xml);
        assertThat(violations).hasSize(2).allSatisfy(v -> assertThat(v.getFile()).isEqualTo(PATH));
        assertThat(violations).extracting(Violation::getMessage).containsExactlyInAnyOrder(MESSAGE, DIAGNOSTIC);
    }

    @Test
    void markdownNeutralisesMarkupButKeepsTheText() {
        String md = MarkdownReport.render(result(), Results.context());
        assertThat(md).contains("&lt;tag&gt;").doesNotContain("<tag>").contains("é 表 😀").contains("100% done");
        assertThat(md).contains(FIX); // inside a code block, as written
        assertThat(md).contains("`" + PATH + ":2`").contains("`" + PATH + ":9`");
        // a backtick in a path cannot end its code span early
        assertThat(MarkdownReport.code("db/V1__a`b.sql:3")).isEqualTo("``db/V1__a`b.sql:3``");
        assertThat(MarkdownReport.code("`x`")).isEqualTo("`` `x` ``");
    }

    @Test
    void githubAnnotationsEscapeDataAndPropertiesAndDropColumnsOverSeveralLines() {
        List<String> lines = GitHubAnnotations.lines(result(), Results.context());
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).doesNotContain("\n").doesNotContain("\r"));
        String finding = lines.get(0);
        String file = "db/my migrations/V1__ünï \"quoted\" & <co%2Cde> 50%25.sql";
        // a statement over lines 2-4: GitHub refuses col/endColumn unless the range is on one line
        assertThat(finding).startsWith("::error file=" + file + ",line=2,endLine=4,title=migration-guard add-column-default::")
                .doesNotContain("col=").doesNotContain("endColumn=");
        String data = finding.substring(finding.indexOf("::", 2) + 2);
        assertThat(data).isEqualTo(GitHubAnnotations.data(MESSAGE + "\n\nFix:\n" + FIX));
        assertThat(data).contains("100%25 done,%0Aline two\ttabbed");
        assertThat(lines.get(1)).startsWith("::warning file=" + file + ",line=9,col=2,title=migration-guard diagnostic::");
    }
}
