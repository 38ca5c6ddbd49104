package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

/** {@code REINDEX} without {@code CONCURRENTLY} (PostgreSQL 12+): writes block, and reads that plan on the index too. */
public final class RequireConcurrentReindex implements Rule {

    static final RuleMeta META = RuleMeta.builder("require-concurrent-reindex")
            .title("Rebuild indexes concurrently")
            .category(Category.LOCKS)
            .severity(Severity.WARNING)
            .flags("`REINDEX INDEX|TABLE|SCHEMA|DATABASE` without `CONCURRENTLY` when the target is PostgreSQL 12 or "
                    + "later, on an index or table that is not new: an index created earlier in the migration, and the "
                    + "indexes of a table created earlier in the deployment, are not flagged. Before 12 there is no "
                    + "concurrent form: a plain `REINDEX` is not flagged, and `REINDEX … CONCURRENTLY` is, since it "
                    + "fails there with a syntax error.")
            .why("A plain `REINDEX` takes an ACCESS EXCLUSIVE lock on each index it rebuilds and a SHARE lock on its "
                    + "table. Writes wait for the whole rebuild, and so do reads: planning any query on the table locks "
                    + "each of its indexes, so they queue behind the one being rebuilt.")
            .recipe("PostgreSQL 12 and later: rebuild with `CONCURRENTLY` (SHARE UPDATE EXCLUSIVE: reads and writes go "
                    + "on) in a migration that runs outside a transaction. For Flyway, set `executeInTransaction=false` "
                    + "in the script's `.conf` file (Flyway does not know `REINDEX … CONCURRENTLY` cannot run in a "
                    + "transaction) and `postgresql.transactional.lock=false`:\n\n"
                    + "```sql\nREINDEX INDEX CONCURRENTLY orders_customer_id_idx;\n```\n\n"
                    + "A failed concurrent rebuild leaves an invalid `_ccnew` index behind: drop it with "
                    + "`DROP INDEX CONCURRENTLY` before retrying.\n\n"
                    + "PostgreSQL 11 and earlier have no concurrent `REINDEX`: build a replacement with "
                    + "`CREATE INDEX CONCURRENTLY`, then `DROP INDEX CONCURRENTLY` the old one and rename the new one.")
            .kinds(Statement.Reindex.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.Reindex reindex = (Statement.Reindex) context.model();
        if (reindex.concurrently() && !context.pgVersion().atLeast(12)) {
            reportNoConcurrentForm(context, reindex);
            return;
        }
        // SYSTEM has no concurrent form; before 12 neither has anything else.
        if (reindex.concurrently() || reindex.target() == Statement.Reindex.Target.SYSTEM
                || !context.pgVersion().atLeast(12) || isNew(context, reindex)) {
            return;
        }
        String keyword = reindex.target().name();
        String what = "REINDEX " + keyword + reindex.name().map(n -> " " + Describe.quoted(n)).orElse("");
        String fixed = StatementRewrite.insertAfter(context.statement().sql(), keyword, "CONCURRENTLY")
                .orElse("REINDEX " + keyword + " CONCURRENTLY" + reindex.name().map(n -> " " + n.sql()).orElse(""));
        context.report(what + " rebuilds under " + Describe.lock(LockMode.ACCESS_EXCLUSIVE) + " on each index and "
                        + Describe.lock(LockMode.SHARE) + " on its table until the rebuild finishes: writes are blocked, "
                        + "and so are reads, since planning a query on the table locks each of its indexes.",
                fixed + ";\n" + Describe.outsideTransaction(context, fixed));
    }

    /** Before 12 the statement is a syntax error: say so, with the replacement-index route for an index. */
    private static void reportNoConcurrentForm(RuleContext context, Statement.Reindex reindex) {
        String plain = "REINDEX " + reindex.target().name() + reindex.name().map(n -> " " + n.sql()).orElse("");
        String replacement = reindex.target() == Statement.Reindex.Target.INDEX && reindex.name().isPresent()
                ? "\n-- or, to keep writes going, build a replacement and swap it in (outside a transaction):\n"
                + "-- CREATE INDEX CONCURRENTLY " + QualifiedName.quote(reindex.name().get().name() + "_new")
                + " ON <its table> (<its columns>);\n-- DROP INDEX CONCURRENTLY " + reindex.name().get().sql()
                + ";\n-- ALTER INDEX " + QualifiedName.quote(reindex.name().get().name() + "_new") + " RENAME TO "
                + QualifiedName.quote(reindex.name().get().name()) + ";"
                : "";
        context.report(Describe.syntaxFrom("REINDEX … CONCURRENTLY", 12, context),
                "-- PostgreSQL " + context.pgVersion().major() + " has no concurrent REINDEX; a plain one blocks writes "
                        + "and reads of the table while it runs:\nSET lock_timeout = '5s';\n" + plain + ";" + replacement);
    }

    /** An index created earlier in this migration, or a table created earlier in the deployment, is empty: rebuilding it costs nothing. */
    private static boolean isNew(RuleContext context, Statement.Reindex reindex) {
        if (reindex.name().isEmpty()) {
            return false;
        }
        QualifiedName name = reindex.name().get();
        switch (reindex.target()) {
            case INDEX:
                return EarlierStatements.createdIndex(context, name);
            case TABLE:
                return !context.catalog().isExisting(name);
            default:
                return false;
        }
    }
}
