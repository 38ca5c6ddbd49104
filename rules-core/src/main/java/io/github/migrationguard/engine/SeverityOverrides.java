package io.github.migrationguard.engine;

import io.github.migrationguard.rules.Severity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the user's rule severities ({@code id → "off"}, or the inline form
 * {@code "lock-timeout=off,drop-column=info"}) into checked {@link EngineConfig#severities()}.
 * Every problem is an {@link IllegalArgumentException} whose message can be shown as is.
 */
public final class SeverityOverrides {

    private SeverityOverrides() {
    }

    /** Checks ids against the registry and parses each severity. */
    public static Map<String, Severity> parse(Map<String, String> entries, RuleRegistry registry) {
        Map<String, Severity> out = new LinkedHashMap<>();
        entries.forEach((rawId, rawSeverity) -> {
            String id = rawId.trim();
            if (!registry.contains(id)) {
                throw new IllegalArgumentException(RuleIdHints.unknownRuleMessage(id, registry));
            }
            if (rawSeverity == null || rawSeverity.isBlank()) {
                throw new IllegalArgumentException("No severity for rule '" + id + "': use error, warning, info or off");
            }
            try {
                out.put(id, Severity.parse(rawSeverity));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Rule '" + id + "': " + e.getMessage());
            }
        });
        return out;
    }

    /**
     * Splits {@code "a=off, b = info"} (comma-separated, blanks around ids and severities allowed) into
     * id → severity text, in order; a later entry for the same id wins. Blank text is no entry.
     */
    public static Map<String, String> splitInline(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (String entry : text.split(",")) {
            if (!entry.isBlank()) {
                addEntry(entry.trim(), out);
            }
        }
        return out;
    }

    /** Adds one {@code id=severity} entry; refuses an entry without {@code =}. */
    public static void addEntry(String entry, Map<String, String> into) {
        int eq = entry.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("Expected RULE-ID=SEVERITY, e.g. lock-timeout=off, but got '" + entry + "'");
        }
        into.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
    }
}
