package io.github.migrationguard.engine;

import io.github.migrationguard.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeverityOverridesTest {

    private final RuleRegistry registry = RuleRegistry.builtin();

    @Test
    void parsesKnownIdsAndSeverities() {
        Map<String, Severity> parsed = SeverityOverrides.parse(
                Map.of("unused-suppression", "OFF", " unanalyzed-statement ", "warn"), registry);

        assertThat(parsed).containsOnly(Map.entry("unused-suppression", Severity.OFF),
                Map.entry("unanalyzed-statement", Severity.WARNING));
    }

    @Test
    void unknownIdSuggestsTheCloseOnes() {
        assertThatThrownBy(() -> SeverityOverrides.parse(Map.of("unused-supression", "off"), registry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown rule id 'unused-supression': did you mean unused-suppression?");
    }

    @Test
    void badSeverityNamesTheRule() {
        assertThatThrownBy(() -> SeverityOverrides.parse(Map.of("unused-suppression", "fatal"), registry))
                .hasMessageStartingWith("Rule 'unused-suppression': Unknown severity 'fatal'");
        assertThatThrownBy(() -> SeverityOverrides.parse(Map.of("unused-suppression", " "), registry))
                .hasMessageStartingWith("No severity for rule 'unused-suppression'");
    }

    @Test
    void splitsTheInlineFormInOrderLaterEntriesWinning() {
        assertThat(SeverityOverrides.splitInline(" a=off, b = info ,c=error,,a=warning"))
                .containsExactly(Map.entry("a", "warning"), Map.entry("b", "info"), Map.entry("c", "error"));
        assertThat(SeverityOverrides.splitInline("")).isEmpty();
        assertThat(SeverityOverrides.splitInline(null)).isEmpty();
    }

    @Test
    void inlineEntryWithoutEqualsIsRefused() {
        assertThatThrownBy(() -> SeverityOverrides.splitInline("lock-timeout"))
                .hasMessageContaining("Expected RULE-ID=SEVERITY")
                .hasMessageContaining("'lock-timeout'");
    }

    @Test
    void hintsFarFromEverythingAreEmpty() {
        assertThat(RuleIdHints.closeTo("zzzzzzzz", registry)).isEmpty();
        assertThat(RuleIdHints.unknownRuleMessage("zzzzzzzz", registry)).isEqualTo("Unknown rule id 'zzzzzzzz': no known rule id is close to it");
        assertThat(RuleIdHints.closeTo("suppression", registry)).containsExactly("unused-suppression");
    }
}
