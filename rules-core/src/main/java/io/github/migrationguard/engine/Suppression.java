package io.github.migrationguard.engine;

import io.github.migrationguard.sql.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    /** Reads a directive from a comment; empty for ordinary comments and for malformed directives. */
    public static Optional<Suppression> parse(Token comment) {
        Optional<String> directive = directive(comment);
        if (directive.isEmpty()) {
            return Optional.empty();
        }
        // as forgiving as a reader would be: any case, a space after the colon
        String rest = directive.get().strip();
        String lower = rest.toLowerCase(Locale.ROOT);
        boolean wholeFile = lower.startsWith("ignore-file");
        if (!wholeFile && !lower.startsWith("ignore")) {
            return Optional.empty();
        }
        rest = rest.substring(wholeFile ? "ignore-file".length() : "ignore".length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0)) && !rest.startsWith("--")) {
            return Optional.empty();
        }
        // rule ids have single hyphens only, so the reason starts at the first "--", spaced or not
        int reasonStart = rest.indexOf("--");
        String ids = reasonStart < 0 ? rest : rest.substring(0, reasonStart);
        String reason = reasonStart < 0 ? "" : rest.substring(reasonStart + 2).strip();
        Set<String> ruleIds = new LinkedHashSet<>();
        for (String id : ids.split("[,\\s]+")) {
            if (!id.isBlank()) {
                ruleIds.add(id.strip().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.of(new Suppression(comment, wholeFile, new ArrayList<>(ruleIds), reason));
    }

    /**
     * True for a comment addressed to Migration Guard ({@code migration-guard:…}, any case) that {@link #parse}
     * cannot read, such as {@code migration-guard:ignroe}: the author meant to suppress something, so say so.
     */
    public static boolean isMalformed(Token comment) {
        return directive(comment).isPresent() && parse(comment).isEmpty();
    }

    /** The text after {@code migration-guard:} when the comment starts with it, in any case. */
    private static Optional<String> directive(Token comment) {
        String text = comment.text();
        String body = (text.startsWith("--") ? text.substring(2)
                : text.substring(2, Math.max(2, text.length() - 2))).strip();
        if (!body.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        return Optional.of(body.substring(PREFIX.length()));
    }
}
