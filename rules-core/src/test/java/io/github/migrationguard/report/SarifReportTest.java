package io.github.migrationguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.source.MigrationScript;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void validAgainstTheOfficialSarifSchema() throws Exception {
        String sarif = SarifReport.render(Results.unsafe(), Results.context());
        assertThat(validate(sarif)).isEmpty();
    }

    @Test
    void anEmptyResultIsValidToo() throws Exception {
        String sarif = SarifReport.render(Results.lint(List.of()), Results.context());
        assertThat(validate(sarif)).isEmpty();
        assertThat(JSON.readTree(sarif).at("/runs/0/results").size()).isZero();
    }

    @Test
    void theSchemaCatchesWhatItShould() throws Exception {
        String sarif = SarifReport.render(Results.unsafe(), Results.context());
        assertThat(messages(sarif.replace("\"level\": \"note\"", "\"level\": \"info\"")))
                .anyMatch(m -> m.contains("level") && m.contains("enum"));
        assertThat(messages(sarif.replace("\"startLine\": 2", "\"startLine\": 0")))
                .anyMatch(m -> m.contains("startLine") && m.contains("minimum"));
        assertThat(messages(sarif.replace("\"ruleId\":", "\"ruleID\":")))
                .as("a misspelled member").anyMatch(m -> m.contains("'ruleID' is not defined"));
    }

    private static List<String> messages(String sarif) throws Exception {
        return validate(sarif).stream().map(ValidationMessage::getMessage).toList();
    }

    @Test
    void everyRuleIsDescribedWithHelpAndLevel() throws Exception {
        JsonNode driver = JSON.readTree(SarifReport.render(Results.unsafe(), Results.context()))
                .at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("migration-guard");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        JsonNode rules = driver.get("rules");
        assertThat(rules).hasSize(RuleRegistry.builtin().rules().size());
        JsonNode first = rules.get(0);
        for (JsonNode rule : rules) {
            assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/fullDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/help/markdown").asText()).contains("## Why", "## Safe alternative");
            assertThat(rule.get("helpUri").asText()).endsWith("/rules/" + rule.get("id").asText() + ".md");
            assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("error", "warning", "note", "none");
        }
        assertThat(first.get("name").asText()).doesNotContain("-");
    }

    @Test
    void resultsHaveRegionsFingerprintsAndStatementFixes() throws Exception {
        JsonNode run = JSON.readTree(SarifReport.render(Results.unsafe(), Results.context())).at("/runs/0");
        JsonNode index = find(run.get("results"), "require-concurrent-index");
        assertThat(index.get("level").asText()).isEqualTo("error");
        JsonNode location = index.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("db/V2__add_index.sql");
        assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(2);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(1);
        JsonNode replacement = index.at("/fixes/0/artifactChanges/0/replacements/0");
        assertThat(replacement.at("/deletedRegion/startLine").asInt()).isEqualTo(2);
        assertThat(replacement.at("/deletedRegion/endColumn").asInt())
                .as("one past the statement's semicolon").isEqualTo(Results.INDEX.split("\n")[1].length() + 1);
        assertThat(replacement.at("/insertedContent/text").asText()).contains("CREATE INDEX CONCURRENTLY");
        assertThat(index.at("/partialFingerprints").size()).isEqualTo(1);
    }

    @Test
    void theSrcrootBaseIsDeclaredWithoutAMachinePath() throws Exception {
        // every artifactLocation names %SRCROOT%; undeclared, consumers warn "Did not find '%SRCROOT%' in originalUriBaseIds"
        String sarif = SarifReport.render(Results.unsafe(), Results.context());
        JsonNode base = JSON.readTree(sarif).at("/runs/0/originalUriBaseIds/%SRCROOT%");
        assertThat(base.isObject()).isTrue();
        assertThat(base.at("/description/text").asText()).contains("repository");
        assertThat(base.has("uri")).as("no absolute path of this machine").isFalse();
        assertThat(validate(sarif)).isEmpty();
    }

    @Test
    void pathsAreUriReferencesUnderThePrefix() throws Exception {
        ReportContext context = new ReportContext(RuleRegistry.builtin(), "1", "services/orders");
        JsonNode run = JSON.readTree(SarifReport.render(Results.unsafe(), context)).at("/runs/0");
        JsonNode check = find(run.get("results"), "add-check-constraint");
        assertThat(check.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("services/orders/db/V3__constrain%20%22status%22%2C%20%3Cnow%3E.sql");
    }

    @Test
    void fingerprintsSurviveLineMovesButNotStatementChanges() throws Exception {
        String moved = "-- a comment and a statement above it\nSELECT 1;\n\n\n" + Results.INDEX;
        String before = fingerprint(Results.INDEX);
        assertThat(fingerprint(moved)).isEqualTo(before);
        assertThat(fingerprint(Results.INDEX.replace("(status)", "(status, id)"))).isNotEqualTo(before);
    }

    private static String fingerprint(String v2) throws Exception {
        LintResult result = Results.lint(List.of(MigrationScript.plain("V1.sql", Results.CREATE),
                MigrationScript.plain("V2.sql", v2)));
        JsonNode run = JSON.readTree(SarifReport.render(result, Results.context())).at("/runs/0");
        return find(run.get("results"), "require-concurrent-index").get("partialFingerprints").elements().next().asText();
    }

    @Test
    void diagnosticsBecomeNotifications() throws Exception {
        LintResult result = Results.lint(List.of(MigrationScript.plain("V1.sql", "SELECT 'unterminated;\n")));
        String sarif = SarifReport.render(result, Results.context());
        assertThat(validate(sarif)).isEmpty();
        JsonNode notes = JSON.readTree(sarif).at("/runs/0/invocations/0/toolExecutionNotifications");
        assertThat(notes.size()).isEqualTo(result.diagnostics().size()).isPositive();
    }

    private static JsonNode find(JsonNode results, String ruleId) {
        List<JsonNode> found = new ArrayList<>();
        results.forEach(r -> {
            if (r.get("ruleId").asText().equals(ruleId)) {
                found.add(r);
            }
        });
        assertThat(found).as(ruleId).hasSize(1);
        return found.get(0);
    }

    /** Where fetch-sarif-schema.sh puts the official schema during generate-test-resources (not committed). */
    private static final Path OFFICIAL_SCHEMA = Path.of("target", "sarif-schema", "sarif-2.1.0-rtm.5.json");

    static Set<ValidationMessage> validate(String sarif) throws Exception {
        assertThat(OFFICIAL_SCHEMA).as("the official SARIF 2.1.0 schema is fetched by the build: run "
                + "`./mvnw -f rules-core/pom.xml generate-test-resources` (needs npm and its registry), or "
                + "`sh rules-core/src/test/fetch-sarif-schema.sh rules-core/target/sarif-schema`").isRegularFile();
        // The schema declares draft-04 ("$schema"), so it is read as draft-04, with formats (uri, date-time) asserted.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(OFFICIAL_SCHEMA)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
            return schema.validate(JSON.readTree(sarif));
        }
    }
}
