package io.github.migrationguard.tx;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;
import io.github.migrationguard.sql.TokenType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /**
     * The most keywords one of Flyway's fixed patterns matches in full ({@code CREATE UNIQUE INDEX CONCURRENTLY}):
     * past that, only {@code ALTER TYPE … ADD VALUE} can still match, so the scan can stop early for everything else.
     */
    private static final int LONGEST_FIXED = 4;
    /** Every pattern is anchored on one of these first keywords: any other first keyword settles it. */
    private static final Set<String> FIRST_KEYWORDS = Set.of("CREATE", "DROP", "ALTER", "REINDEX", "VACUUM", "DISCARD");
    private static final Set<String> CREATE_OR_DROP_WHAT = Set.of("DATABASE", "TABLESPACE", "SUBSCRIPTION");
    private static final Set<String> REINDEX_WHAT = Set.of("SCHEMA", "DATABASE", "SYSTEM");

    private FlywayTransactionDetector() {
    }

    /** True when Flyway runs this statement outside a transaction (and so the whole script, see {@link TxAnalyzer}). */
    public static boolean runsOutsideTransaction(SqlStatement statement, PgVersion target) {
        List<String> seen = new ArrayList<>(CUTOFF);
        List<Token> tokens = statement.tokens();
        int depth = 0;
        int keywords = 0;
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
                    if (seen.isEmpty() && !FIRST_KEYWORDS.contains(keyword)) {
                        return false;
                    }
                    seen.add(keyword);
                    if (matches(seen, target)) {
                        return true;
                    }
                    if (seen.size() >= LONGEST_FIXED && (target.atLeast(12) || !seen.get(0).equals("ALTER"))) {
                        return false;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Flyway's patterns, matched in full against the keywords so far: {@code ^(CREATE|DROP)
     * (DATABASE|TABLESPACE|SUBSCRIPTION)}, {@code ^ALTER SYSTEM}, {@code ^(CREATE|DROP)( UNIQUE)? INDEX
     * CONCURRENTLY}, {@code ^REINDEX( VERBOSE)? (SCHEMA|DATABASE|SYSTEM)}, {@code ^VACUUM}, {@code ^DISCARD ALL},
     * and before 12 {@code ^ALTER TYPE( .*)? ADD VALUE}; written out as comparisons, since this runs for every
     * statement.
     */
    private static boolean matches(List<String> k, PgVersion target) {
        String first = k.get(0);
        int n = k.size();
        boolean createOrDrop = first.equals("CREATE") || first.equals("DROP");
        switch (n) {
            case 1:
                return first.equals("VACUUM");
            case 2:
                return (createOrDrop && CREATE_OR_DROP_WHAT.contains(k.get(1)))
                        || (first.equals("ALTER") && k.get(1).equals("SYSTEM"))
                        || (first.equals("REINDEX") && REINDEX_WHAT.contains(k.get(1)))
                        || (first.equals("DISCARD") && k.get(1).equals("ALL"));
            case 3:
                if ((createOrDrop && k.get(1).equals("INDEX") && k.get(2).equals("CONCURRENTLY"))
                        || (first.equals("REINDEX") && k.get(1).equals("VERBOSE") && REINDEX_WHAT.contains(k.get(2)))) {
                    return true;
                }
                break;
            case 4:
                if (createOrDrop && k.get(1).equals("UNIQUE") && k.get(2).equals("INDEX")
                        && k.get(3).equals("CONCURRENTLY")) {
                    return true;
                }
                break;
            default:
                break;
        }
        return !target.atLeast(12) && n >= 4 && first.equals("ALTER") && k.get(1).equals("TYPE")
                && k.get(n - 2).equals("ADD") && k.get(n - 1).equals("VALUE");
    }

    /** Letters and underscores only, and not part of a dotted name. */
    private static boolean isFlywayKeyword(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.type() != TokenType.WORD) {
            return false;
        }
        String text = t.text();
        for (int c = 0; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (ch != '_' && !(ch < 128 && Character.isLetter(ch))) {
                return false;
            }
        }
        boolean dotBefore = i > 0 && tokens.get(i - 1).isSymbol(".");
        boolean dotAfter = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol(".");
        return !dotBefore && !dotAfter;
    }
}
