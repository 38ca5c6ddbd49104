package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.sql.SqlStatement;

import java.util.Optional;

/** {@code UPDATE … LIMIT} / {@code DELETE … LIMIT}: MySQL syntax that PostgreSQL rejects. */
public final class UpdateWithLimit implements Rule {

    static final RuleMeta META = RuleMeta.builder("update-with-limit")
            .title("UPDATE or DELETE with LIMIT")
            .category(Category.DATA_CHANGES)
            .severity(Severity.ERROR)
            .flags("`UPDATE … LIMIT n` and `DELETE … LIMIT n` (with or without `ORDER BY`), anywhere: top level, `DO` "
                    + "blocks, function and procedure bodies, new tables included.")
            .why("PostgreSQL has no `LIMIT` on `UPDATE` or `DELETE` (MySQL does): the statement is a syntax error, so the "
                    + "migration fails at deploy. In a function body the `CREATE FUNCTION` itself fails, or, for bodies "
                    + "checked only when run, every call does.")
            .recipe("Pick the rows in a subquery, which may have `ORDER BY` and `LIMIT`, and match them by key:\n\n"
                    + "```sql\nUPDATE orders SET status = 'archived'\n"
                    + "WHERE id IN (SELECT id FROM orders WHERE status = 'done' ORDER BY id LIMIT 1000);\n\n"
                    + "DELETE FROM audit_log\nWHERE id IN (SELECT id FROM audit_log WHERE created_at < '2020-01-01' LIMIT 1000);\n```\n\n"
                    + "To work through a whole table, repeat the statement until it changes 0 rows, each batch in its own "
                    + "transaction (see `unbatched-update` and `unbatched-delete`).")
            .kinds(Statement.Update.class, Statement.Delete.class)
            .inRoutineBodies()
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement model = context.model();
        String verb;
        QualifiedName table;
        if (model instanceof Statement.Update u && u.limited()) {
            verb = "UPDATE";
            table = u.table();
        } else if (model instanceof Statement.Delete d && d.limited()) {
            verb = "DELETE";
            table = d.table();
        } else {
            return;
        }
        Optional<TableKey> key = TableKey.of(context.catalog(), table);
        context.report(verb + " … LIMIT on " + Describe.quoted(table) + StatementText.inRoutine(context.statement())
                        + " is not PostgreSQL: it fails with a syntax error at LIMIT, so the migration fails at deploy.",
                "-- Select the rows by key in a subquery, which may have ORDER BY and LIMIT:\n"
                        + rewrite(context.statement().sql(), table, key) + ";\n"
                        + "-- Repeat until it changes 0 rows, each batch in its own transaction (for an UPDATE, make sure "
                        + "the WHERE stops matching rows already done)."
                        + (key.isPresent() ? "" : "\n" + BatchedRewrite.placeholderNote(key, table.sql()).strip()));
    }

    /**
     * {@code head [WHERE cond] [ORDER BY …] LIMIT n [RETURNING …]} becomes
     * {@code head WHERE key IN (SELECT key FROM target [WHERE cond] [ORDER BY …] LIMIT n) [RETURNING …]}.
     */
    static String rewrite(SqlStatement s, QualifiedName table, Optional<TableKey> tableKey) {
        int where = StatementText.findTopLevel(s, 0, "WHERE");
        int order = StatementText.findTopLevel(s, 0, "ORDER");
        int limit = StatementText.findTopLevel(s, 0, "LIMIT");
        int returning = StatementText.findTopLevel(s, 0, "RETURNING");
        if (limit < 0) {
            return s.text();
        }
        int end = s.tokens().size();
        int headEnd = firstOf(limit, where, order);
        int returningStart = returning > limit ? returning : end;
        DataChangeTarget target = DataChangeTarget.of(s).orElse(new DataChangeTarget(table.sql(), Optional.empty()));
        String key = target.key(BatchedRewrite.keyOrPlaceholder(tableKey), false);

        StringBuilder inner = new StringBuilder("SELECT ").append(key).append(" FROM ").append(target.from());
        if (where >= 0 && where < limit) {
            inner.append(" WHERE ").append(StatementText.slice(s, where + 1, firstOf(limit, order)));
        }
        if (order >= 0 && order < limit) {
            inner.append(' ').append(StatementText.slice(s, order, limit));
        }
        inner.append(' ').append(StatementText.slice(s, limit, returningStart));
        String returningClause = returningStart < end ? "\n" + StatementText.slice(s, returningStart, end) : "";
        return StatementText.slice(s, 0, headEnd) + "\nWHERE " + key + " IN (" + inner + ")" + returningClause;
    }

    /** The smallest non-negative index among {@code fallback} and the candidates. */
    private static int firstOf(int fallback, int... candidates) {
        int first = fallback;
        for (int c : candidates) {
            if (c >= 0 && c < first) {
                first = c;
            }
        }
        return first;
    }
}
