package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.source.Runner;

/**
 * A concurrent index build or reindex in a Flyway migration while Flyway keeps its migration lock in a
 * transaction ({@code postgresql.transactional.lock}, true by default). The setting comes from the discovered
 * Flyway configuration ({@link io.github.migrationguard.rules.RuleSettings#flywayTransactionalLock()}).
 */
public final class FlywayTransactionalLock implements Rule {

    static final String SETTINGS = "-- flyway.conf:           flyway.postgresql.transactional.lock=false\n"
            + "-- flyway.toml:           [flyway.postgresql] transactional.lock = false\n"
            + "-- flyway-maven-plugin:   <pluginConfiguration><postgresqlTransactionalLock>false"
            + "</postgresqlTransactionalLock></pluginConfiguration>\n"
            + "-- Spring Boot 3.2+:      spring.flyway.postgresql.transactional-lock=false\n";

    static final RuleMeta META = RuleMeta.builder("flyway-transactional-lock")
            .title("Concurrent index build under Flyway's transactional lock")
            .category(Category.TRANSACTIONS)
            .severity(Severity.WARNING)
            .flags("`CREATE INDEX CONCURRENTLY` or `REINDEX … CONCURRENTLY` in a Flyway migration while "
                    + "`postgresql.transactional.lock` is not `false` (Flyway's default is `true`). The setting is read "
                    + "from the project's Flyway configuration (`flyway.conf`, `flyway.toml`, the `flyway-maven-plugin` "
                    + "configuration, Spring Boot's `spring.flyway.*`).")
            .why("With the transactional lock, Flyway holds its migration lock (`pg_advisory_xact_lock`) in a "
                    + "transaction that stays open for the whole migrate. A concurrent build waits, in its last phases, "
                    + "for every transaction that holds an older snapshot to end, and that includes Flyway's own: the "
                    + "build never finishes and the deploy hangs until someone cancels it, leaving an INVALID index "
                    + "behind.")
            .recipe("Turn the transactional lock off; Flyway then takes a session-level advisory lock instead:\n\n"
                    + "```sql\n" + SETTINGS + "```\n\n"
                    + "Keep the concurrent build in a migration of its own that runs outside a transaction "
                    + "(see `concurrently-in-transaction`).")
            .kinds(Statement.CreateIndex.class, Statement.Reindex.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        if (context.script().runner() != Runner.FLYWAY || !context.settings().flywayTransactionalLock()) {
            return;
        }
        String what = what(context.model());
        if (what == null) {
            return;
        }
        context.report(what + " in a Flyway migration with postgresql.transactional.lock=true (Flyway's default): "
                        + "Flyway keeps its migration lock in an open transaction, and the concurrent build waits for "
                        + "that transaction to end, so the deploy hangs until it is cancelled, leaving an INVALID index.",
                "-- Set postgresql.transactional.lock to false where Flyway is configured:\n" + SETTINGS
                        + context.statement().sql().text().strip() + ";");
    }

    private static String what(Statement model) {
        if (model instanceof Statement.CreateIndex ci && ci.concurrently()) {
            return "CREATE INDEX CONCURRENTLY";
        }
        if (model instanceof Statement.Reindex r && r.concurrently()) {
            return "REINDEX CONCURRENTLY";
        }
        return null;
    }
}
