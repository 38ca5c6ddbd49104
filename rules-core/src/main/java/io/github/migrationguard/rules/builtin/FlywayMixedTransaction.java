package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.ScriptContext;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.tx.FlywayTransactionDetector;
import io.github.migrationguard.tx.ScriptTx;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A Flyway migration that mixes statements Flyway must run outside a transaction with ones it runs
 * inside. The transaction analysis decides whether it mixes ({@link ScriptTx#mixed()}); this rule reports it once
 * per script, on the first statement Flyway runs outside a transaction, and moves PostgreSQL's whole list
 * ({@link ScriptTx#nonTransactional()}) to the next migration.
 */
public final class FlywayMixedTransaction implements Rule {

    static final RuleMeta META = RuleMeta.builder("flyway-mixed-transaction")
            .title("Flyway migration mixing transactional and non-transactional statements")
            .category(Category.TRANSACTIONS)
            .severity(Severity.ERROR)
            .flags("A Flyway migration with no `executeInTransaction` setting that contains both statements PostgreSQL "
                    + "cannot run in a transaction block (`CREATE/DROP INDEX CONCURRENTLY`, `VACUUM`, `ALTER SYSTEM`, "
                    + "`CREATE DATABASE`, …, as Flyway detects them) and statements Flyway runs in a transaction. "
                    + "Reported once per migration, on the first non-transactional statement.")
            .why("With Flyway's default `mixed=false`, Flyway refuses the migration at deploy: \"Detected both "
                    + "transactional and non-transactional statements within the same migration (even though mixed is "
                    + "false)\". With `mixed=true` it runs the whole migration without a transaction, each statement "
                    + "committing by itself: a failure half-way leaves the migration half applied, marked failed in the "
                    + "schema history, to be repaired by hand.")
            .recipe("Give the non-transactional statements a migration of their own; Flyway runs a migration that "
                    + "contains only such statements outside a transaction by itself:\n\n"
                    + "```sql\n-- V7__add_orders_status.sql\nALTER TABLE orders ADD COLUMN status text;\n\n"
                    + "-- V8__index_orders_status.sql\n"
                    + "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);\n```\n\n"
                    + "Write them so that a retry after a failure works (`IF NOT EXISTS`, `IF EXISTS`; see "
                    + "`idempotent-non-transactional`).")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void finishScript(ScriptContext context) {
        ScriptTx tx = context.transactions();
        if (!tx.mixed()) {
            return;
        }
        // What Flyway itself runs outside a transaction decides the refusal; PostgreSQL's own list (which also
        // has REINDEX … CONCURRENTLY and DETACH … CONCURRENTLY) decides what must move.
        List<AnalyzedStatement> flywayOutside = context.statements().stream()
                .filter(s -> s.isTopLevel() && FlywayTransactionDetector.runsOutsideTransaction(s.sql(), context.pgVersion()))
                .toList();
        if (flywayOutside.isEmpty()) {
            return;
        }
        Set<Integer> moving = new TreeSet<>();
        flywayOutside.forEach(s -> moving.add(s.index()));
        tx.nonTransactional().stream().filter(i -> i >= 0 && i < context.statements().size())
                .filter(i -> context.statements().get(i).isTopLevel()).forEach(moving::add);
        List<AnalyzedStatement> moved = moving.stream().map(context.statements()::get).toList();
        String named = flywayOutside.stream().map(StatementText::label).collect(Collectors.joining(", "));
        String message = context.settings().flywayMixed()
                ? "With mixed=true Flyway runs this whole migration without a transaction, because it must run "
                + named + " outside one: every statement commits by itself, so a failure half-way leaves the migration "
                + "half applied and marked failed, to be repaired by hand."
                : "Flyway refuses this migration at deploy (mixed=false): it must run " + named + " outside a "
                + "transaction and the other statements inside one (\"Detected both transactional and non-transactional "
                + "statements within the same migration\").";
        List<AnalyzedStatement> unknownToFlyway = moved.stream().filter(s -> !flywayOutside.contains(s)).toList();
        context.report(flywayOutside.get(0), message, fix(context, moved, unknownToFlyway));
    }

    private static String fix(ScriptContext context, List<AnalyzedStatement> moved, List<AnalyzedStatement> unknownToFlyway) {
        Optional<String> file = context.script().version()
                .map(v -> "V" + v.text().replace('.', '_') + "_1__" + context.script().description().replace(' ', '_')
                        + "_non_transactional.sql");
        String next = file.orElse("a migration of its own that runs right after this one");
        String statements = moved.stream().map(s -> s.sql().text().strip() + ";").collect(Collectors.joining("\n"));
        if (unknownToFlyway.isEmpty()) {
            return "-- Move " + (moved.size() == 1 ? "this statement" : "these statements") + " to " + next
                    + ", which Flyway then runs outside a transaction by itself; keep the rest here:\n" + statements;
        }
        // Flyway would run these in a transaction (and refuse the new file for mixing): say so in its .conf
        return "-- Move these statements to " + next + "; Flyway does not know that "
                + unknownToFlyway.stream().map(StatementText::label).collect(Collectors.joining(", "))
                + " cannot run in a transaction, so give it " + file.map(f -> f + ".conf").orElse("a .conf file")
                + " with executeInTransaction=false; keep the rest here:\n" + statements;
    }
}
