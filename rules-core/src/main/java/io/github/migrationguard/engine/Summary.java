package io.github.migrationguard.engine;

/**
 * Counts for the one-line summary, the JSON report and the benchmark.
 *
 * @param statements every statement analysed, nested ones included
 * @param unanalyzed statements no frontend could read
 * @param byJsqlParser statements whose model JSqlParser built
 * @param byTokens     statements whose model the token reader built
 * @param files        scripts linted (the pending ones)
 * @param replayed     scripts applied before the pending set: replayed into the catalog, not linted
 */
public record Summary(int files, int statements, int unanalyzed, int byJsqlParser, int byTokens,
                      int errors, int warnings, int infos, int replayed) {

    /** A summary of a run that replayed nothing: every script was linted. */
    public Summary(int files, int statements, int unanalyzed, int byJsqlParser, int byTokens,
                   int errors, int warnings, int infos) {
        this(files, statements, unanalyzed, byJsqlParser, byTokens, errors, warnings, infos, 0);
    }

    public int findings() {
        return errors + warnings + infos;
    }
}
