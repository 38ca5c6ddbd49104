package io.github.migrationguard.rules;

import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.report.RulePage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule pages under {@code src/site/markdown/rules/} are generated from each rule's metadata and
 * examples; this test fails when one is missing or stale. Regenerate with
 * {@code -Dmigration-guard.writeDocs=true}.
 */
class RuleDocsTest {

    private static final Path PAGES = Paths.get("..", "src", "site", "markdown", "rules");

    @Test
    void pagesMatchTheRulesAndTheirExamples() throws IOException {
        RuleRegistry registry = RuleRegistry.builtin();
        Map<Path, String> pages = new LinkedHashMap<>();
        for (Rule rule : registry.rules()) {
            String id = rule.meta().id();
            pages.put(PAGES.resolve(id + ".md"), RulePage.render(rule.meta(), RuleExamples.examples(id)));
        }
        pages.put(PAGES.resolve("index.md"), RulePage.index(registry.rules()));

        boolean write = Boolean.getBoolean("migration-guard.writeDocs");
        List<String> stale = new ArrayList<>();
        for (Map.Entry<Path, String> page : pages.entrySet()) {
            Path file = page.getKey();
            String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            if (page.getValue().equals(current)) {
                continue;
            }
            if (write) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
            } else {
                stale.add(file.getFileName() + (current == null ? " (missing)" : " (stale)"));
            }
        }
        try (var existing = Files.list(PAGES)) {
            existing.filter(p -> !pages.containsKey(p)).forEach(p -> stale.add(p.getFileName() + " (no such rule)"));
        }
        assertThat(stale).as("rule pages out of date: run the tests with -Dmigration-guard.writeDocs=true").isEmpty();
    }
}
