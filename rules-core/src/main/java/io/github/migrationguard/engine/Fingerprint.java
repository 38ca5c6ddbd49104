package io.github.migrationguard.engine;

import io.github.migrationguard.sql.Token;
import io.github.migrationguard.sql.TokenType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A finding's identity that survives edits around it: rule id, file and the statement's text
 * normalised (comments and layout dropped, unquoted words lower-cased), hashed. Line numbers are left
 * out on purpose: adding a statement above must not turn old findings into new ones. Used by the
 * baseline and by SARIF's {@code partialFingerprints} and GitLab's {@code fingerprint}.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** Fingerprint of a finding on the statement made of {@code tokens} (comments are ignored). */
    public static String of(String ruleId, String file, List<Token> tokens) {
        return of(ruleId, file, normalise(tokens));
    }

    /** Fingerprint of a finding whose statement is already normalised text. */
    public static String of(String ruleId, String file, String normalisedText) {
        return sha256(ruleId + '\n' + file + '\n' + normalisedText).substring(0, 32);
    }

    /** Tokens joined by single spaces; unquoted words lower-cased, as PostgreSQL reads them; comments dropped. */
    public static String normalise(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (t.isComment()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.type() == TokenType.WORD ? t.text().toLowerCase(Locale.ROOT) : t.text());
        }
        return b.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
