package io.github.migrationguard.maven;

import io.github.migrationguard.engine.LintResult;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.SessionData;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adds up the modules of a multi-module build, so that the last module to finish prints one
 * reactor-wide line. The tally lives in the build session's data (shared by every module, also under
 * {@code -T}), holds only JDK types (each module may see the plugin through its own class realm), and
 * is updated atomically; no static state.
 */
final class ReactorSummary {

    private static final String KEY = ReactorSummary.class.getName() + ".tally";
    /** files, statements, errors, warnings, infos, failing, stale baseline entries. */
    private static final int FIELDS = 7;

    private ReactorSummary() {
    }

    /**
     * Records one module's counts (all zero when it was skipped) and, when it is the last of
     * {@code expected} modules, returns the reactor-wide line.
     */
    static Optional<String> record(MavenSession session, String module, int expected, LintResult result, int stale) {
        if (expected <= 1) {
            return Optional.empty();
        }
        long[] counts = result == null ? new long[FIELDS] : new long[] {
            result.summary().files(), result.summary().statements(), result.summary().errors(),
            result.summary().warnings(), result.summary().infos(), result.failing(), stale};
        Map<String, long[]> tally = tally(session);
        long[] total = new long[FIELDS];
        synchronized (tally) {
            tally.put(module, counts);
            if (tally.size() < expected) {
                return Optional.empty();
            }
            tally.values().forEach(c -> {
                for (int i = 0; i < FIELDS; i++) {
                    total[i] += c[i];
                }
            });
        }
        String line = "Migration Guard reactor: " + tally.size() + " modules, " + total[0] + " files, "
                + total[1] + " statements: " + total[2] + " errors, " + total[3] + " warnings, " + total[4] + " info"
                + (total[5] > 0 ? " - " + total[5] + " failing findings" : "")
                + (total[6] > 0 ? ", " + total[6] + " stale baseline entries" : "");
        return Optional.of(line);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, long[]> tally(MavenSession session) {
        SessionData data = session.getRepositorySession().getData();
        data.set(KEY, null, new ConcurrentHashMap<String, long[]>()); // compare-and-set: only the first module's wins
        return (Map<String, long[]>) data.get(KEY);
    }
}
