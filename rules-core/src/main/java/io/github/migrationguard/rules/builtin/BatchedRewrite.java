package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.source.Runner;
import io.github.migrationguard.sql.SqlStatement;

import java.util.Optional;

/**
 * Rewrites an unbatched {@code UPDATE}, {@code DELETE} or {@code INSERT … SELECT} into batches that each
 * commit, from the statement's own text and the table's key as the catalog knows it ({@link TableKey}).
 * UPDATE and INSERT … SELECT walk the key: in numeric ranges for an integer key, in order (keyset) for any
 * other, so that they always end whether or not the change alters what the WHERE matches. DELETE repeats a
 * {@code LIMIT}ed delete until nothing is left. From PostgreSQL 11 a {@code DO} block may {@code COMMIT}
 * between batches when it runs outside a transaction block; on 10 the batches have to be driven from outside.
 * With no key known, the fix names a placeholder {@code id} and says so.
 */
final class BatchedRewrite {

    static final int BATCH_SIZE = 1000;
    private static final String PLACEHOLDER = "id";

    private BatchedRewrite() {
    }

    /**
     * A statement to run once per batch: {@code head WHERE <batch> [AND (condition)] [rest]}.
     *
     * @param head      the statement up to where its WHERE stands
     * @param condition its own WHERE condition, kept whole under the batch bound
     * @param rest      what follows the WHERE (ON CONFLICT, GROUP BY, …), or ""
     * @param table     the table whose key is walked, as SQL
     * @param key       that key, when the catalog knows it
     * @param keyRef    the key as the statement must name it (through an alias, qualified when it joins)
     */
    record Batch(String head, Optional<String> condition, String rest, String table, Optional<TableKey> key,
                 String keyRef) {

        String keyColumn() {
            return key.map(TableKey::sql).orElse(PLACEHOLDER);
        }

        boolean inOrder() {
            return key.isPresent() && !key.get().integer();
        }

        /** The statement with its WHERE replaced by {@code bound} and its own condition. */
        String statement(String bound, String indent) {
            return indent + indent(head, indent) + "\n" + indent + "WHERE " + bound
                    + condition.map(c -> "\n" + indent + "  AND (" + indent(c, indent + "  ") + ")").orElse("")
                    + (rest.isEmpty() ? "" : "\n" + indent + indent(rest, indent));
        }
    }

    static String update(SqlStatement s, Statement.Update update, Optional<TableKey> key, PgVersion version) {
        return update(s, update, key, version, Runner.FLYWAY, Optional.empty());
    }

    /**
     * As above; {@code container} is the statement whose {@code WITH} query the update is: the batches run the
     * whole statement, with the update's {@code RETURNING} kept for it.
     */
    static String update(SqlStatement s, Statement.Update update, Optional<TableKey> key, PgVersion version,
                         Runner runner, Optional<WithQueryContainer> container) {
        int where = StatementText.findTopLevel(s, 0, "WHERE");
        int returning = StatementText.findTopLevel(s, 0, "RETURNING");
        int end = returning < 0 ? s.tokens().size() : returning;
        String head = s.tokens().isEmpty() ? s.text() : StatementText.slice(s, 0, where < 0 ? end : where);
        Optional<String> condition = where < 0 ? Optional.empty() : Optional.of(StatementText.slice(s, where + 1, end));
        String rest = container.isEmpty() || returning < 0 ? "" : StatementText.slice(s, returning, s.tokens().size());
        String column = key.map(TableKey::sql).orElse(PLACEHOLDER);
        String keyRef = DataChangeTarget.of(s).map(t -> t.key(column, !update.fromTables().isEmpty())).orElse(column);
        return walk("Update", within(new Batch(head, condition, rest, update.table().sql(), key, keyRef), container),
                version, runner);
    }

    /** The batch run as part of its container's text. */
    static Batch within(Batch batch, Optional<WithQueryContainer> container) {
        return container.map(c -> new Batch(c.prefix() + batch.head(), batch.condition(),
                        (batch.rest() + (c.suffix().isEmpty() ? "" : "\n" + c.suffix())).strip(), batch.table(),
                        batch.key(), batch.keyRef()))
                .orElse(batch);
    }

    /**
     * The batches of {@code batch}, each committing: a DO block from PostgreSQL 11, one statement per batch
     * driven from outside before.
     */
    static String walk(String verb, Batch batch, PgVersion version, Runner runner) {
        String outside = outsideTransaction(runner);
        String k = batch.keyColumn();
        String t = batch.table();
        String q = batch.keyRef();
        String intro = batch.inOrder()
                ? "-- " + verb + " in batches of " + BATCH_SIZE + " walking " + t + " in " + k + " order"
                : "-- " + verb + " in key ranges of " + BATCH_SIZE;
        String note = placeholderNote(batch.key(), "integer primary key", t);
        if (!version.atLeast(11)) {
            String pg10 = "-- PostgreSQL 10 cannot COMMIT inside a DO block: run one statement per batch, each in its "
                    + "own transaction";
            if (batch.inOrder()) {
                return intro + ".\n" + outside + note + pg10 + ", walking " + k + " in order:\n"
                        + "-- :last_key is the end of the previous batch (leave that condition out for the first one).\n"
                        + "SELECT " + k + " AS batch_end FROM " + t + " WHERE " + k + " > :last_key ORDER BY " + k
                        + " OFFSET " + (BATCH_SIZE - 1) + " LIMIT 1;\n"
                        + batch.statement(q + " > :last_key AND " + q + " <= :batch_end", "") + ";\n"
                        + "-- then :last_key := :batch_end, until no batch_end is left: the last batch has no upper bound.";
            }
            return intro + ", each in its own transaction.\n" + outside + note
                    + pg10 + ", from min(" + k + ") to max(" + k + ") of " + t + ":\n"
                    + batch.statement(q + " >= 1 AND " + q + " < " + (1 + BATCH_SIZE), "") + ";\n"
                    + "-- then " + q + " >= " + (1 + BATCH_SIZE) + " AND " + q + " < " + (1 + 2 * BATCH_SIZE)
                    + ", and so on up to max(" + k + ")";
        }
        if (batch.inOrder()) {
            String type = t + "." + k + "%TYPE";
            return intro + ", committing after each.\n" + outside + note
                    + "DO $$\n"
                    + "DECLARE\n"
                    + "  batch_start " + type + " := (SELECT " + k + " FROM " + t + " ORDER BY " + k + " LIMIT 1);\n"
                    + "  batch_end " + type + ";\n"
                    + "BEGIN\n"
                    + "  WHILE batch_start IS NOT NULL LOOP\n"
                    + "    batch_end := (SELECT " + k + " FROM (SELECT " + k + " FROM " + t + " WHERE " + k
                    + " >= batch_start ORDER BY " + k + " LIMIT " + BATCH_SIZE + ") AS batch ORDER BY " + k
                    + " DESC LIMIT 1);\n"
                    + batch.statement(q + " >= batch_start AND " + q + " <= batch_end", "    ") + ";\n"
                    + "    COMMIT;\n"
                    + "    batch_start := (SELECT " + k + " FROM " + t + " WHERE " + k + " > batch_end ORDER BY " + k
                    + " LIMIT 1);\n"
                    + "  END LOOP;\n"
                    + "END $$;";
        }
        return intro + ", committing after each.\n" + outside + note
                + "DO $$\n"
                + "DECLARE\n"
                + "  batch_start bigint := (SELECT min(" + k + ") FROM " + t + ");\n"
                + "  last_id bigint := (SELECT max(" + k + ") FROM " + t + ");\n"
                + "BEGIN\n"
                + "  WHILE batch_start <= last_id LOOP\n"
                + batch.statement(q + " >= batch_start AND " + q + " < batch_start + " + BATCH_SIZE, "    ") + ";\n"
                + "    batch_start := batch_start + " + BATCH_SIZE + ";\n"
                + "    COMMIT;\n"
                + "  END LOOP;\n"
                + "END $$;";
    }

    static String delete(SqlStatement s, Statement.Delete delete, Optional<TableKey> key, PgVersion version) {
        return delete(s, delete, key, version, Runner.FLYWAY, Optional.empty());
    }

    /** As above, for a delete in the {@code WITH} of {@code container}: the batches run the whole statement. */
    static String delete(SqlStatement s, Statement.Delete delete, Optional<TableKey> key, PgVersion version,
                         Runner runner, Optional<WithQueryContainer> container) {
        String outside = outsideTransaction(runner);
        String limited = container.map(c -> c.prefix() + limitedDelete(s, delete, key, true)
                + (c.suffix().isEmpty() ? "" : "\n" + c.suffix())).orElseGet(() -> limitedDelete(s, delete, key));
        String note = placeholderNote(key, delete.table().sql());
        if (!version.atLeast(11)) {
            return "-- Delete " + BATCH_SIZE + " rows at a time, each batch in its own transaction.\n"
                    + outside + note
                    + "-- PostgreSQL 10 cannot COMMIT inside a DO block: repeat this statement until it deletes 0 rows:\n"
                    + limited + ";";
        }
        return "-- Delete " + BATCH_SIZE + " rows at a time, committing after each batch.\n"
                + outside + note
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
     * {@code DELETE FROM t WHERE key IN (SELECT key FROM t [, using] [WHERE cond] LIMIT n)}: the outer
     * statement keeps the target as written; the subquery carries the tables and condition.
     */
    static String limitedDelete(SqlStatement s, Statement.Delete delete, Optional<TableKey> key) {
        return limitedDelete(s, delete, key, false);
    }

    /** As above, keeping the statement's {@code RETURNING} when {@code returning} is set. */
    static String limitedDelete(SqlStatement s, Statement.Delete delete, Optional<TableKey> key, boolean returning) {
        int using = StatementText.findTopLevel(s, 0, "USING");
        int where = StatementText.findTopLevel(s, 0, "WHERE");
        int tail = StatementText.findTopLevel(s, 0, "RETURNING", "ORDER", "LIMIT");
        int end = tail < 0 ? s.tokens().size() : tail;
        Optional<DataChangeTarget> target = DataChangeTarget.of(s);
        String targetText = target.map(DataChangeTarget::from).orElse(delete.table().sql());
        String column = key.map(TableKey::sql).orElse(PLACEHOLDER);
        String keyRef = target.map(t -> t.key(column, false)).orElse(column);
        StringBuilder inner = new StringBuilder("SELECT ").append(keyRef).append(" FROM ").append(targetText);
        if (using >= 0) {
            inner.append(", ").append(StatementText.slice(s, using + 1, where < 0 ? end : where));
        }
        if (where >= 0) {
            inner.append(" WHERE ").append(StatementText.slice(s, where + 1, end));
        }
        inner.append(" LIMIT ").append(BATCH_SIZE);
        int returningAt = StatementText.findTopLevel(s, 0, "RETURNING");
        return with(s) + "DELETE FROM " + targetText + "\nWHERE " + keyRef + " IN (" + inner + ")"
                + (returning && returningAt >= 0 ? "\n" + StatementText.slice(s, returningAt, s.tokens().size()) : "");
    }

    /** The statement's {@code WITH …} in front of its verb, with a line break after it; "" when it has none. */
    static String with(SqlStatement s) {
        int verb = StatementText.findTopLevel(s, 0, "UPDATE", "DELETE", "INSERT");
        return verb > 0 && s.tokens().get(0).is("WITH") ? StatementText.slice(s, 0, verb) + "\n" : "";
    }

    /**
     * One batch of a backfill, {@code UPDATE table SET set WHERE …} restricted to rows still {@code pending}: a
     * range of the table's integer key (the next ranges up to its maximum, linear over the table), a
     * {@code LIMIT}ed set of any other key, or of {@code ctid} when the catalog knows no key; the last two are
     * repeated until they update no row. Valid SQL for any table, with no made-up column.
     */
    static String backfillBatch(QualifiedName table, String set, String pending, Optional<TableKey> key) {
        String t = table.sql();
        String update = "UPDATE " + t + " SET " + set + " WHERE ";
        if (key.isPresent() && key.get().integer()) {
            String k = key.get().sql();
            return update + k + " >= 1 AND " + k + " < " + (BATCH_SIZE + 1) + " AND " + pending
                    + ";  -- then the next ranges of " + BATCH_SIZE + " up to max(" + k + "), one transaction each";
        }
        String k = key.map(TableKey::sql).orElse("ctid");
        String match = key.isPresent() ? k + " IN (" : "ctid = ANY (ARRAY(";
        return update + match + "SELECT " + k + " FROM " + t + " WHERE " + pending + " LIMIT " + BATCH_SIZE
                + (key.isPresent() ? ")" : "))") + ";  -- repeat until it updates no row, one transaction each";
    }

    /**
     * Where batches that commit must run, for this runner: outside the migration's transaction, which each
     * runner leaves in its own way.
     */
    static String outsideTransaction(Runner runner) {
        String how = Describe.noTransactionSetting(runner, "its .conf")
                .map(setting -> "in a migration of its own\n-- with " + setting)
                .orElseGet(() -> runner == Runner.PLAIN
                        ? "with no BEGIN around\n-- it (psql commits each statement by itself)"
                        : "in a migration file holding\n-- only this block (" + runner.label()
                        + " sends a single statement on its own, outside a transaction)");
        return "-- Run it outside the migration's transaction so that every batch commits: " + how
                + ", or as a job after the deploy.\n";
    }

    /** Says that {@code id} stands for a key the catalog does not know; "" when it knows it. */
    static String placeholderNote(Optional<TableKey> key, String table) {
        return placeholderNote(key, "primary key", table);
    }

    private static String placeholderNote(Optional<TableKey> key, String what, String table) {
        return key.isPresent() ? ""
                : "-- \"" + PLACEHOLDER + "\" stands for the " + what + " of " + table + ": use yours.\n";
    }

    /** The placeholder's name, for fixes that must name a key the catalog does not know. */
    static String keyOrPlaceholder(Optional<TableKey> key) {
        return key.map(TableKey::sql).orElse(PLACEHOLDER);
    }

    private static String indent(String text, String prefix) {
        return text.replace("\n", "\n" + prefix);
    }
}
