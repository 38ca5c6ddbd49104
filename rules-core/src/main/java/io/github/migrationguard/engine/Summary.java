package io.github.migrationguard.engine;

/**
 * Counts for the one-line summary, the JSON report and the benchmark.
 *
 * @param statements every statement analysed, nested ones included
 * @param unanalyzed statements no frontend could read
 * @param byJsqlParser statements whose model JSqlParser built
 * @param byTokens     statements whose model the token reader built
 */
public record Summary(int files, int statements, int unanalyzed, int byJsqlParser, int byTokens,
                      int errors, int warnings, int infos) {

    public int findings() {
        return errors + warnings + infos;
    }
}
