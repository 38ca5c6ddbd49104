package io.github.migrationguard.pending;

import java.util.Locale;

/**
 * What to do when the pending set cannot be found (database unreachable, wrong credentials, no schema history
 * table, git ref missing). The default is {@link #LINT_ALL}: linting more than will deploy never hides a problem,
 * and a build without database access still gates; release pipelines that must lint exactly what deploys set
 * {@link #FAIL}.
 */
public enum PendingFailure {
    /** Stop with the message. */
    FAIL("fail"),
    /** Warn and go on with the next mode (the git base if set, else every migration). */
    LINT_ALL("lint-all");

    private final String id;

    PendingFailure(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static PendingFailure parse(String value) {
        if (value == null || value.isBlank()) {
            return LINT_ALL;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (PendingFailure f : values()) {
            if (f.id.equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("pendingFailure must be 'fail' or 'lint-all', not '" + value + "'");
    }
}
