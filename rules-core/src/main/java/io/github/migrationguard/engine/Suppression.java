package io.github.migrationguard.engine;

import io.github.migrationguard.sql.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code -- migration-guard:ignore <id>[,<id>] -- <reason>} comment (the next statement) or
 * {@code -- migration-guard:ignore-file <id>[,<id>] -- <reason>} (the whole file).
 *
 * @param comment the comment token it was read from, for its place
 * @param ruleIds the rules it silences
 * @param reason  why, as the author wrote it; empty when missing
 */
public record Suppression(Token comment, boolean wholeFile, List<String> ruleIds, String reason) {

    private static final String PREFIX = "migration-guard:";

    /** Reads a directive from a comment; empty for ordinary comments. */
    public static Optional<Suppression> parse(Token comment) {
        String text = comment.text();
        String body = (text.startsWith("--") ? text.substring(2)
                : text.substring(2, Math.max(2, text.length() - 2))).strip();
        if (!body.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = body.substring(PREFIX.length());
        boolean wholeFile = rest.startsWith("ignore-file");
        if (!wholeFile && !rest.startsWith("ignore")) {
            return Optional.empty();
        }
        rest = rest.substring(wholeFile ? "ignore-file".length() : "ignore".length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return Optional.empty();
        }
        // rule ids have single hyphens only, so the reason starts at the first "--", spaced or not
        int reasonStart = rest.indexOf("--");
        String ids = reasonStart < 0 ? rest : rest.substring(0, reasonStart);
        String reason = reasonStart < 0 ? "" : rest.substring(reasonStart + 2).strip();
        Set<String> ruleIds = new LinkedHashSet<>();
        for (String id : ids.split("[,\\s]+")) {
            if (!id.isBlank()) {
                ruleIds.add(id.strip());
            }
        }
        return Optional.of(new Suppression(comment, wholeFile, new ArrayList<>(ruleIds), reason));
    }
}
