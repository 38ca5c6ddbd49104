package io.github.migrationguard.report;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a fix that is a rewrite of the statement (SQL, maybe with {@code --} comments, pasteable in its
 * place) from advice in prose ("Remove the suppression comment."). Only rewrites become SARIF
 * replacements; every fix is shown as text everywhere.
 */
final class FixText {

    private static final Set<String> STATEMENT_STARTS = Set.of("alter", "analyze", "begin", "call", "cluster",
            "comment", "commit", "create", "delete", "do", "drop", "grant", "insert", "lock", "refresh", "reindex",
            "reset", "revoke", "select", "set", "start", "truncate", "update", "vacuum", "with");

    private FixText() {
    }

    static boolean isStatementRewrite(String fix) {
        if (fix == null) {
            return false;
        }
        for (String line : fix.strip().split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("--")) {
                continue;
            }
            String first = l.split("[\\s(;]", 2)[0].toLowerCase(Locale.ROOT);
            return STATEMENT_STARTS.contains(first) && (l.contains(";") || fix.contains(";"));
        }
        return false;
    }
}
