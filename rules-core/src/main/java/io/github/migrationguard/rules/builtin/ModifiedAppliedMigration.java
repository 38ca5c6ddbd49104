package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.ScriptContext;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.ScriptKind;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A migration that existed at the git base ({@code gitBase}) and whose content changed since. The comparison
 * is made before the run ({@code pending.GitPending}) and handed over as
 * {@link io.github.migrationguard.rules.RuleSettings#modifiedMigrations()}; reported once per file, on its
 * first statement.
 */
public final class ModifiedAppliedMigration implements Rule {

    static final RuleMeta META = RuleMeta.builder("modified-applied-migration")
            .title("Migration changed after it was merged")
            .category(Category.TRANSACTIONS)
            .severity(Severity.ERROR)
            .flags("With `gitBase` set (e.g. `origin/main`): a versioned migration that already existed at the "
                    + "merge-base with that ref and whose content has changed since. Repeatable migrations are meant to "
                    + "change and are not flagged.")
            .why("Databases that already applied the migration never run the new text. Flyway notices: its "
                    + "`validate` (run before every `migrate` by default) fails on the checksum mismatch and the deploy "
                    + "stops until someone runs `repair`; runners that keep no checksum (golang-migrate, diesel) just "
                    + "skip it, so environments drift apart silently.")
            .recipe("Restore the migration as it was at the base and put the change in a new migration:\n\n"
                    + "```sql\n-- git checkout origin/main -- src/main/resources/db/migration/V3__add_orders.sql\n"
                    + "-- V7__add_orders_status.sql\nALTER TABLE orders ADD COLUMN status text;\n```")
            .changedAppliedScripts()
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void finishScript(ScriptContext context) {
        MigrationScript script = context.script();
        String ref = context.settings().modifiedMigrations().get(script.path());
        if (ref == null || script.kind() == ScriptKind.REPEATABLE) {
            return;
        }
        // Liquibase changesets of one file are separate scripts: one finding per file.
        Set<String> reported = context.state(Reported.class, Reported::new).paths;
        Optional<AnalyzedStatement> first = context.statements().stream().filter(AnalyzedStatement::isTopLevel)
                .findFirst();
        if (first.isEmpty() || !reported.add(script.path())) {
            return;
        }
        context.report(first.get(), script.path() + " already existed at " + ref + " and has been changed since: "
                        + "databases that applied it never run the new text, and Flyway's validate fails the deploy on "
                        + "the checksum mismatch.",
                "-- Restore the applied migration and move the change to a new one:\n"
                        + "-- git checkout " + ref + " -- " + script.path() + "\n"
                        + "-- then add the changed statements to a new migration after the latest version");
    }

    /** The files reported so far in this run. */
    static final class Reported {
        final Set<String> paths = new HashSet<>();
    }
}
