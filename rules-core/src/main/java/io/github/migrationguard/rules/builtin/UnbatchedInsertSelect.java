package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.source.Runner;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code INSERT … SELECT} copying a whole existing table in one transaction. */
public final class UnbatchedInsertSelect implements Rule {

    static final RuleMeta META = RuleMeta.builder("unbatched-insert-select")
            .title("INSERT … SELECT from an existing table without a bound")
            .category(Category.DATA_CHANGES)
            .severity(Severity.WARNING)
            .flags("`INSERT … SELECT` (also with `ON CONFLICT … DO UPDATE`) into an existing table, reading an existing "
                    + "table, whose query neither bounds the rows by the key of the table it reads (a key range or list, "
                    + "in its `WHERE` or the `ON` of an inner join, as for `unbatched-update`) nor has a `LIMIT`, nor "
                    + "reads only a CTE with `LIMIT`. Statements in `DO` blocks and in function and procedure bodies are "
                    + "checked too, their variables and parameters counting as values, except trigger functions, which "
                    + "run in the application's statements. Filling a table created earlier in the same migration is "
                    + "not flagged; `INSERT … VALUES` never is.")
            .why("The copy runs as one transaction over every matching row: it holds its locks (ROW EXCLUSIVE on the "
                    + "target, which blocks index builds and schema changes, plus row locks on conflicts it updates) "
                    + "until the end, writes the whole copy to the WAL at once (disk and replica lag spike), keeps "
                    + "VACUUM from cleaning up behind it for its whole duration, and rolls everything back if it "
                    + "fails near the end.")
            .recipe("Copy in key ranges outside the migration's transaction, committing after each batch "
                    + "(PostgreSQL 11+; Flyway: a migration of its own with `executeInTransaction=false`):\n\n"
                    + "```sql\nDO $$\nDECLARE\n  batch_start bigint := (SELECT min(id) FROM orders);\n"
                    + "  last_id bigint := (SELECT max(id) FROM orders);\nBEGIN\n  WHILE batch_start <= last_id LOOP\n"
                    + "    INSERT INTO order_archive (id, customer_id, total)\n    SELECT id, customer_id, total FROM orders\n"
                    + "    WHERE id >= batch_start AND id < batch_start + 1000\n      AND (status = 'done');\n"
                    + "    batch_start := batch_start + 1000;\n    COMMIT;\n  END LOOP;\nEND $$;\n```")
            .kinds(Statement.Insert.class)
            .inRoutineBodies()
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.Insert insert = (Statement.Insert) context.model();
        Optional<QualifiedName> source = UnboundedChange.sourceOf(context, insert);
        if (source.isEmpty()) {
            return;
        }
        List<QualifiedName> sources = insert.readsFrom().stream().filter(context.catalog()::isExisting).toList();
        context.report("INSERT … SELECT into " + Describe.quoted(insert.table()) + " copies every matching row of "
                        + "existing table" + StatementText.plural(sources) + " " + Describe.quoted(sources)
                        + StatementText.inRoutine(context.statement()) + " in one transaction: it holds its locks "
                        + "to the end, writes the whole copy to the WAL at once (replica lag), and keeps VACUUM from "
                        + "cleaning up meanwhile.",
                batched(context.statement().sql(), source.get(), TableKey.of(context.catalog(), source.get()),
                        insert.readsFrom().size() > 1, context.pgVersion(), context.script().runner(),
                        WithQueryContainer.of(context)));
    }

    /** The statement's own text with a batch of the source's key added to its query's WHERE, in a loop that commits per batch. */
    static String batched(SqlStatement s, QualifiedName source, Optional<TableKey> key, boolean joins,
                          PgVersion version, Runner runner, Optional<WithQueryContainer> container) {
        int select = Math.max(StatementText.findTopLevel(s, 0, "SELECT"), 0);
        int conflict = onConflict(s, select);
        int queryEnd = conflict < 0 ? s.tokens().size() : conflict;
        int where = StatementText.findTopLevel(s, select, "WHERE");
        where = where < queryEnd ? where : -1;
        int tail = StatementText.findTopLevel(s, Math.max(where, select), "GROUP", "ORDER", "RETURNING");
        tail = tail >= 0 && tail < queryEnd ? tail : conflict;
        int end = tail < 0 ? s.tokens().size() : tail;
        String head = StatementText.slice(s, 0, where < 0 ? end : where);
        Optional<String> condition = where < 0 ? Optional.empty() : Optional.of(StatementText.slice(s, where + 1, end));
        String rest = tail < 0 ? "" : StatementText.slice(s, tail, s.tokens().size());
        String keyRef = keyOf(s, select, BatchedRewrite.keyOrPlaceholder(key), joins);
        return BatchedRewrite.walk("Copy", BatchedRewrite.within(
                new BatchedRewrite.Batch(head, condition, rest, source.sql(), key, keyRef), container), version, runner);
    }

    /**
     * The first table's key as the query must name it: through its alias when it has one ({@code c.id}),
     * qualified when the query joins other tables, else plain {@code id}.
     */
    private static String keyOf(SqlStatement s, int select, String column, boolean joins) {
        List<Token> tokens = s.tokens();
        int from = StatementText.findTopLevel(s, select, "FROM");
        if (from < 0 || from + 1 >= tokens.size() || !tokens.get(from + 1).isIdentifier()) {
            return column;
        }
        int end = from + 2;
        while (end + 1 < tokens.size() && tokens.get(end).isSymbol(".") && tokens.get(end + 1).isIdentifier()) {
            end += 2;
        }
        int aliasAt = end < tokens.size() && tokens.get(end).is("AS") ? end + 1 : end;
        if (aliasAt < tokens.size() && tokens.get(aliasAt).isIdentifier() && !NOT_ALIASES.contains(tokens.get(aliasAt).value())) {
            return tokens.get(aliasAt).text() + "." + column;
        }
        return joins ? StatementText.slice(s, from + 1, end) + "." + column : column;
    }

    /** Words that may follow a table in FROM without being its alias. */
    private static final Set<String> NOT_ALIASES = Set.of("join", "left", "right", "inner", "full", "cross", "natural",
            "where", "group", "order", "limit", "offset", "fetch", "on", "union", "intersect", "except", "having",
            "window", "returning", "for", "tablesample");

    /** Index of a top-level {@code ON CONFLICT}, or -1. */
    private static int onConflict(SqlStatement s, int from) {
        int at = StatementText.findTopLevel(s, from, "ON");
        while (at >= 0) {
            if (at + 1 < s.tokens().size() && s.tokens().get(at + 1).is("CONFLICT")) {
                return at;
            }
            at = StatementText.findTopLevel(s, at + 1, "ON");
        }
        return -1;
    }
}
