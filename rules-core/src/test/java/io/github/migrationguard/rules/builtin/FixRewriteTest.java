package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.sql.Splitter;
import io.github.migrationguard.sql.SqlStatement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Fixes are rewritten from the statement's own text: aliases, quoting, joins and clauses survive. */
class FixRewriteTest {

    private static final QualifiedName ORDERS = QualifiedName.of("orders");

    private static SqlStatement statement(String sql) {
        return Splitter.split(sql).statements().get(0);
    }

    @Test
    void targetKeepsAliasAndQuotingAndSkipsOnly() {
        assertThat(DataChangeTarget.of(statement("UPDATE ONLY app.\"Orders\" AS o SET a = 1")))
                .contains(new DataChangeTarget("app.\"Orders\" AS o", Optional.of("o"), true));
        assertThat(DataChangeTarget.of(statement("DELETE FROM audit_log a USING users u WHERE a.user_id = u.id")))
                .contains(new DataChangeTarget("audit_log a", Optional.of("a")));
        assertThat(DataChangeTarget.of(statement("DELETE FROM audit_log WHERE id = 1")))
                .contains(new DataChangeTarget("audit_log", Optional.empty()));
    }

    @Test
    void updateWalksKeyRangesQualifiedByTheAliasWhenItJoins() {
        var sql = statement("UPDATE orders o SET customer_name = c.name FROM customers c "
                + "WHERE c.id = o.customer_id RETURNING o.id");
        var update = new Statement.Update(ORDERS, List.of("customer_name"), Optional.empty(), false,
                List.of(QualifiedName.of("customers")));

        String fix = BatchedRewrite.update(sql, update, Optional.empty(), PgVersion.DEFAULT);

        assertThat(fix).contains("(SELECT min(id) FROM orders)",
                        "UPDATE orders o SET customer_name = c.name FROM customers c\n",
                        "WHERE o.id >= batch_start AND o.id < batch_start + 1000\n      AND (c.id = o.customer_id);",
                        "COMMIT;")
                .doesNotContain("RETURNING");
    }

    @Test
    void pg10UpdateIsOneStatementPerRange() {
        var sql = statement("UPDATE app.\"UserSettings\" SET locale = 'en' WHERE locale IS NULL");
        var update = new Statement.Update(new QualifiedName("app", "UserSettings"), List.of("locale"), Optional.empty(),
                false, List.of());

        assertThat(BatchedRewrite.update(sql, update, Optional.empty(), new PgVersion(10, 0)))
                .contains("UPDATE app.\"UserSettings\" SET locale = 'en'\nWHERE id >= 1 AND id < 1001\n  AND (locale IS NULL);")
                .doesNotContain("DO $$");
    }

    @Test
    void pg10WalksANonIntegerKeyOneBatchAtATimeWithItsEnd() {
        var sql = statement("UPDATE docs SET archived = true WHERE archived IS NULL");
        var update = new Statement.Update(QualifiedName.of("docs"), List.of("archived"), Optional.empty(), false,
                List.of());

        assertThat(BatchedRewrite.update(sql, update, Optional.of(new TableKey("doc_uuid", false)), new PgVersion(10, 0)))
                .contains("SELECT doc_uuid AS batch_end FROM docs WHERE doc_uuid > :last_key ORDER BY doc_uuid "
                                + "OFFSET 999 LIMIT 1;\n"
                                + "UPDATE docs SET archived = true\n"
                                + "WHERE doc_uuid > :last_key AND doc_uuid <= :batch_end\n  AND (archived IS NULL);")
                .doesNotContain("DO $$", "min(", "max(");
    }

    @Test
    void deleteOfOnlyTheParentKeepsOnlyInBothStatements() {
        var sql = statement("DELETE FROM ONLY events WHERE processed");
        var delete = new Statement.Delete(QualifiedName.of("events"), Optional.empty(), false, List.of());

        assertThat(BatchedRewrite.limitedDelete(sql, delete, Optional.empty())).isEqualTo("DELETE FROM ONLY events\n"
                + "WHERE id IN (SELECT id FROM ONLY events WHERE processed LIMIT 1000)");
    }

    @Test
    void deleteMovesUsingAndWhereIntoALimitedSubquery() {
        var sql = statement("DELETE FROM audit_log a USING users u WHERE a.user_id = u.id AND u.deleted RETURNING *");
        var delete = new Statement.Delete(QualifiedName.of("audit_log"), Optional.empty(), false, List.of());

        assertThat(BatchedRewrite.limitedDelete(sql, delete, Optional.empty())).isEqualTo("DELETE FROM audit_log a\n"
                + "WHERE a.id IN (SELECT a.id FROM audit_log a, users u WHERE a.user_id = u.id AND u.deleted LIMIT 1000)");
    }

    @Test
    void limitMovesIntoTheSubqueryWithItsOrderBy() {
        assertThat(UpdateWithLimit.rewrite(statement(
                "UPDATE jobs SET state = 'queued' WHERE state = 'stuck' ORDER BY id LIMIT 500 RETURNING id"),
                QualifiedName.of("jobs"), Optional.empty()))
                .isEqualTo("UPDATE jobs SET state = 'queued'\n"
                        + "WHERE id IN (SELECT id FROM jobs WHERE state = 'stuck' ORDER BY id LIMIT 500)\nRETURNING id");
        assertThat(UpdateWithLimit.rewrite(statement("DELETE FROM ONLY event_buffer AS e ORDER BY e.id LIMIT 1000"),
                QualifiedName.of("event_buffer"), Optional.empty()))
                .isEqualTo("DELETE FROM ONLY event_buffer AS e\n"
                        + "WHERE e.id IN (SELECT e.id FROM ONLY event_buffer AS e ORDER BY e.id LIMIT 1000)");
    }

    @Test
    void limitInsideACteIsNotTheStatementsLimit() {
        assertThat(UpdateWithLimit.rewrite(statement("WITH x AS (SELECT 1 WHERE true LIMIT 1) UPDATE jobs SET a = 1 LIMIT 5"),
                QualifiedName.of("jobs"), Optional.empty()))
                .isEqualTo("WITH x AS (SELECT 1 WHERE true LIMIT 1) UPDATE jobs SET a = 1\n"
                        + "WHERE id IN (SELECT id FROM jobs LIMIT 5)");
    }

    @Test
    void multiLineStatementsKeepTheirLinesAndInnerComments() {
        var sql = statement("UPDATE orders\nSET status = 'archived', -- kept for reports\n    note = 'old'\n"
                + "WHERE status = 'done' -- finished ones\n  AND created_at < '2020-01-01';");
        var update = new Statement.Update(ORDERS, List.of("status", "note"), Optional.empty(), false, List.of());

        assertThat(BatchedRewrite.update(sql, update, Optional.empty(), PgVersion.DEFAULT)).contains(
                "    UPDATE orders\n    SET status = 'archived', -- kept for reports\n        note = 'old'\n"
                        + "    WHERE id >= batch_start AND id < batch_start + 1000\n"
                        + "      AND (status = 'done' -- finished ones\n        AND created_at < '2020-01-01');");
    }

    @Test
    void batchesAreToldToRunOutsideATransactionTheWayTheirRunnerAllows() {
        assertThat(BatchedRewrite.outsideTransaction(io.github.migrationguard.source.Runner.FLYWAY))
                .contains("executeInTransaction=false in its .conf");
        assertThat(BatchedRewrite.outsideTransaction(io.github.migrationguard.source.Runner.GOLANG_MIGRATE))
                .contains("a migration file holding\n-- only this block").doesNotContain("executeInTransaction");
        assertThat(BatchedRewrite.outsideTransaction(io.github.migrationguard.source.Runner.DIESEL))
                .contains("run_in_transaction = false");
    }
}
