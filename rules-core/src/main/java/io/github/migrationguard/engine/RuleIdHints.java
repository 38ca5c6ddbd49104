package io.github.migrationguard.engine;

import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean …" for a mistyped rule id: the ids within a small edit distance, or those that
 * contain the typed text. Shared by the plugin's and the CLI's error messages.
 */
public final class RuleIdHints {

    private static final int MAX_HINTS = 3;

    private RuleIdHints() {
    }

    /** Up to three known ids close to {@code typed}, closest first; empty when nothing is close. */
    public static List<String> closeTo(String typed, RuleRegistry registry) {
        String t = typed.trim().toLowerCase(java.util.Locale.ROOT);
        int limit = Math.max(2, t.length() / 3);
        return registry.rules().stream()
                .map(r -> r.meta().id())
                .filter(id -> id.contains(t) || distance(id, t) <= limit)
                .sorted(Comparator.comparingInt((String id) -> distance(id, t)).thenComparing(id -> id))
                .limit(MAX_HINTS)
                .toList();
    }

    /** The message for an unknown id: what was typed, and the close ids when there are any. */
    public static String unknownRuleMessage(String typed, RuleRegistry registry) {
        List<String> close = closeTo(typed, registry);
        String message = "Unknown rule id '" + typed + "'";
        return close.isEmpty()
                ? message + ": no known rule id is close to it"
                : message + ": did you mean " + String.join(", ", close) + "?";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
