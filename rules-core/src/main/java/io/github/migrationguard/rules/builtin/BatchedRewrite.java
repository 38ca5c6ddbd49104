package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.sql.SqlStatement;

import java.util.Optional;

/**
 * Rewrites an unbatched {@code UPDATE} or {@code DELETE} into batches that each commit, from the
 * statement's own text. UPDATE walks the key in ranges (it always ends, whether or not the update
 * changes what the WHERE matches); DELETE repeats a {@code LIMIT}ed delete until nothing is left.
 * From PostgreSQL 11 a {@code DO} block may {@code COMMIT} between batches when it runs outside a
 * transaction block; on 10 the batches have to be driven from outside.
 */
final class BatchedRewrite {

    static final int BATCH_SIZE = 1000;
    private static final String KEY = "id";
    private static final String OUTSIDE_TRANSACTION = "-- Run it outside the migration's transaction so that every batch commits: in a migration of its own\n"
            + "-- with executeInTransaction=false in its .conf (Flyway), or as a job after the deploy.\n"
            + "-- \"" + KEY + "\" stands for the table's integer primary key: use yours.\n";

    private BatchedRewrite() {
    }

    static String update(SqlStatement s, Statement.Update update, PgVersion version) {
        int where = StatementText.findTopLevel(s, 0, "WHERE");
        int returning = StatementText.findTopLevel(s, 0, "RETURNING");
        int end = returning < 0 ? s.tokens().size() : returning;
        String head = s.tokens().isEmpty() ? s.text() : StatementText.slice(s, 0, where < 0 ? end : where);
        Optional<String> condition = where < 0 ? Optional.empty() : Optional.of(StatementText.slice(s, where + 1, end));
        String key = DataChangeTarget.of(s).map(t -> t.key(KEY, !update.fromTables().isEmpty())).orElse(KEY);
        String table = update.table().sql();

        if (!version.atLeast(11)) {
            return "-- Update in key ranges of " + BATCH_SIZE + ", each in its own transaction.\n"
                    + OUTSIDE_TRANSACTION
                    + "-- PostgreSQL 10 cannot COMMIT inside a DO block: run one statement per range, from min(" + KEY
                    + ") to max(" + KEY + ") of " + table + ":\n"
                    + head + "\nWHERE " + key + " >= 1 AND " + key + " < " + (1 + BATCH_SIZE) + andCondition(condition, "  ")
                    + ";\n-- then " + KEY + " >= " + (1 + BATCH_SIZE) + " AND " + KEY + " < " + (1 + 2 * BATCH_SIZE)
                    + ", and so on up to max(" + KEY + ")";
        }
        return "-- Update in key ranges of " + BATCH_SIZE + ", committing after each.\n"
                + OUTSIDE_TRANSACTION
                + "DO $$\n"
                + "DECLARE\n"
                + "  batch_start bigint := (SELECT min(" + KEY + ") FROM " + table + ");\n"
                + "  last_id bigint := (SELECT max(" + KEY + ") FROM " + table + ");\n"
                + "BEGIN\n"
                + "  WHILE batch_start <= last_id LOOP\n"
                + "    " + indent(head, "    ") + "\n"
                + "    WHERE " + key + " >= batch_start AND " + key + " < batch_start + " + BATCH_SIZE + andCondition(condition, "      ") + ";\n"
                + "    batch_start := batch_start + " + BATCH_SIZE + ";\n"
                + "    COMMIT;\n"
                + "  END LOOP;\n"
                + "END $$;";
    }

    static String delete(SqlStatement s, Statement.Delete delete, PgVersion version) {
        String limited = limitedDelete(s, delete);
        if (!version.atLeast(11)) {
            return "-- Delete " + BATCH_SIZE + " rows at a time, each batch in its own transaction.\n"
                    + OUTSIDE_TRANSACTION
                    + "-- PostgreSQL 10 cannot COMMIT inside a DO block: repeat this statement until it deletes 0 rows:\n"
                    + limited + ";";
        }
        return "-- Delete " + BATCH_SIZE + " rows at a time, committing after each batch.\n"
                + OUTSIDE_TRANSACTION
                + "DO $$\n"
                + "DECLARE\n"
                + "  deleted integer;\n"
                + "BEGIN\n"
                + "  LOOP\n"
                + "    " + indent(limited, "    ") + ";\n"
                + "    GET DIAGNOSTICS deleted = ROW_COUNT;\n"
                + "    EXIT WHEN deleted = 0;\n"
                + "    COMMIT;\n"
                + "  END LOOP;\n"
                + "END $$;";
    }

    /**
     * {@code DELETE FROM t WHERE id IN (SELECT id FROM t [, using] [WHERE cond] LIMIT n)}: the outer
     * statement keeps the target as written; the subquery carries the tables and condition.
     */
    static String limitedDelete(SqlStatement s, Statement.Delete delete) {
        int using = StatementText.findTopLevel(s, 0, "USING");
        int where = StatementText.findTopLevel(s, 0, "WHERE");
        int tail = StatementText.findTopLevel(s, 0, "RETURNING", "ORDER", "LIMIT");
        int end = tail < 0 ? s.tokens().size() : tail;
        Optional<DataChangeTarget> target = DataChangeTarget.of(s);
        String targetText = target.map(DataChangeTarget::text).orElse(delete.table().sql());
        String key = target.map(t -> t.key(KEY, false)).orElse(KEY);
        StringBuilder inner = new StringBuilder("SELECT ").append(key).append(" FROM ").append(targetText);
        if (using >= 0) {
            inner.append(", ").append(StatementText.slice(s, using + 1, where < 0 ? end : where));
        }
        if (where >= 0) {
            inner.append(" WHERE ").append(StatementText.slice(s, where + 1, end));
        }
        inner.append(" LIMIT ").append(BATCH_SIZE);
        return "DELETE FROM " + targetText + "\nWHERE " + key + " IN (" + inner + ")";
    }

    /** The statement's own condition, kept whole in parentheses under the key range. */
    private static String andCondition(Optional<String> condition, String prefix) {
        return condition.map(c -> "\n" + prefix + "AND (" + indent(c, prefix) + ")").orElse("");
    }

    private static String indent(String text, String prefix) {
        return text.replace("\n", "\n" + prefix);
    }
}
