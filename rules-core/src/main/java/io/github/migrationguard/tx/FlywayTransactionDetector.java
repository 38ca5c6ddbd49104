package io.github.migrationguard.tx;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;
import io.github.migrationguard.sql.TokenType;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flyway 13's own decision whether a PostgreSQL statement may run in its transaction
 * ({@code PostgreSQLParser.detectCanExecuteInTransaction}), replicated on our tokens rather than on the
 * model: Flyway looks only at keywords, so we do too, and unrecognised statements get the same answer.
 *
 * <p>How Flyway decides: it joins the statement's keywords (unquoted words of letters and underscores,
 * outside parentheses; qualified names such as {@code s.t} are not keywords) with single spaces,
 * upper case, and after each keyword tests the text so far against its patterns. The first match
 * makes the statement non-transactional; after ten keywords it is transactional. {@code ALTER TYPE … ADD
 * VALUE} is non-transactional only when the database is older than 12.
 */
public final class FlywayTransactionDetector {

    /** Flyway's {@code getTransactionalDetectionCutoff()}. */
    private static final int CUTOFF = 10;

    private static final List<Pattern> ALWAYS = List.of(
            Pattern.compile("^(CREATE|DROP) (DATABASE|TABLESPACE|SUBSCRIPTION)"),
            Pattern.compile("^ALTER SYSTEM"),
            Pattern.compile("^(CREATE|DROP)( UNIQUE)? INDEX CONCURRENTLY"),
            Pattern.compile("^REINDEX( VERBOSE)? (SCHEMA|DATABASE|SYSTEM)"),
            Pattern.compile("^VACUUM"),
            Pattern.compile("^DISCARD ALL"));
    private static final Pattern ADD_VALUE = Pattern.compile("^ALTER TYPE( .*)? ADD VALUE");
    /**
     * The most keywords an {@link #ALWAYS} pattern matches in full ({@code CREATE UNIQUE INDEX CONCURRENTLY}): past
     * that, only {@link #ADD_VALUE} can still match, so the scan can stop early for everything else.
     */
    private static final int LONGEST_ALWAYS = 4;
    /** Every pattern is anchored on one of these first keywords: any other first keyword settles it. */
    private static final Set<String> FIRST_KEYWORDS = Set.of("CREATE", "DROP", "ALTER", "REINDEX", "VACUUM", "DISCARD");

    private FlywayTransactionDetector() {
    }

    /** True when Flyway runs this statement outside a transaction (and so the whole script, see {@link TxAnalyzer}). */
    public static boolean runsOutsideTransaction(SqlStatement statement, PgVersion target) {
        StringBuilder simplified = new StringBuilder();
        List<Token> tokens = statement.tokens();
        int depth = 0;
        int keywords = 0;
        int outside = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth = Math.max(0, depth - 1);
            } else if (isFlywayKeyword(tokens, i)) {
                keywords++; // Flyway counts keywords inside parentheses too, but only tests those outside
                if (keywords > CUTOFF) {
                    return false;
                }
                if (depth == 0) {
                    String keyword = t.text().toUpperCase(Locale.ROOT);
                    if (simplified.isEmpty()) {
                        if (!FIRST_KEYWORDS.contains(keyword)) {
                            return false;
                        }
                    } else {
                        simplified.append(' ');
                    }
                    simplified.append(keyword);
                    if (matches(simplified.toString(), target)) {
                        return true;
                    }
                    if (++outside >= LONGEST_ALWAYS && (target.atLeast(12) || !simplified.toString().startsWith("ALTER"))) {
                        return false;
                    }
                }
            }
        }
        return false;
    }

    private static boolean matches(String simplified, PgVersion target) {
        for (Pattern p : ALWAYS) {
            if (p.matcher(simplified).matches()) {
                return true;
            }
        }
        return !target.atLeast(12) && ADD_VALUE.matcher(simplified).matches();
    }

    /** Letters and underscores only, and not part of a dotted name. */
    private static boolean isFlywayKeyword(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.type() != TokenType.WORD || !t.text().chars().allMatch(c -> c == '_' || (c < 128 && Character.isLetter(c)))) {
            return false;
        }
        boolean dotBefore = i > 0 && tokens.get(i - 1).isSymbol(".");
        boolean dotAfter = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol(".");
        return !dotBefore && !dotAfter;
    }
}
