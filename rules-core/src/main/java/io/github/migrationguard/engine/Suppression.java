package io.github.migrationguard.engine;

import io.github.migrationguard.sql.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code -- migration-guard:ignore <id>[,<id>] -- <reason>} comment (the next statement) or
 * {@code -- migration-guard:ignore-file <id>[,<id>] -- <reason>} (the whole file).
 *
 * @param comment the comment token it was read from, for its place
 * @param ruleIds the rules it silences
 * @param reason  why, as the author wrote it; empty when missing
 */
public record Suppression(Token comment, boolean wholeFile, List<String> ruleIds, String reason) {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "migration-guard:(ignore-file|ignore)\\b\\s*([^\\s-][^-]*?|)\\s*(?:--\\s*(.*))?$", Pattern.DOTALL);

    /** Reads a directive from a comment; empty for ordinary comments. */
    public static Optional<Suppression> parse(Token comment) {
        String body = comment.text();
        body = body.startsWith("--") ? body.substring(2) : body.substring(2, Math.max(2, body.length() - 2));
        Matcher m = DIRECTIVE.matcher(body.strip());
        if (!m.find() || m.start() != 0) {
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : m.group(2).split("[,\\s]+")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        String reason = m.group(3) == null ? "" : m.group(3).strip();
        return Optional.of(new Suppression(comment, m.group(1).equals("ignore-file"), new ArrayList<>(ids), reason));
    }
}
