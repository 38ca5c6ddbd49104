package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.source.MigrationScript;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Batching fixes walk the key the catalog knows for the table (integer keys in ranges, others in order)
 * and fall back to a placeholder, saying so, only when it knows none. End to end over two migrations.
 */
class BatchKeyFixTest {

    private static final String TABLES = """
            CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, status text);
            CREATE TABLE artifacts (artifact_id serial PRIMARY KEY, state text);
            CREATE TABLE docs (doc_uuid uuid PRIMARY KEY, archived boolean);
            CREATE TABLE app."Tags" ("Name" text NOT NULL UNIQUE, cnt int);
            CREATE TABLE pairs (a bigint, b bigint, v text, PRIMARY KEY (a, b));
            """;

    private static String fix(String ruleId, String sql) {
        List<Finding> found = new Engine(EngineConfig.defaults()).lint(List.of(
                        MigrationScript.plain("V1__tables.sql", TABLES), MigrationScript.plain("V2__change.sql", sql)),
                List.of()).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(found).hasSize(1);
        return found.get(0).fix();
    }

    @Test
    void updateWalksTheIntegerKeyInRangesWithoutAPlaceholder() {
        assertThat(fix("unbatched-update", "UPDATE artifacts a SET state = 'x' WHERE state IS NULL;"))
                .contains("(SELECT min(artifact_id) FROM artifacts)", "(SELECT max(artifact_id) FROM artifacts)",
                        "WHERE a.artifact_id >= batch_start AND a.artifact_id < batch_start + 1000\n      AND (state IS NULL);")
                .doesNotContain("stands for", "min(id)");
        assertThat(fix("unbatched-update", "UPDATE orders SET status = 'x';"))
                .contains("WHERE id >= batch_start AND id < batch_start + 1000;").doesNotContain("stands for");
    }

    @Test
    void updateWalksAUuidKeyInOrderSinceUuidHasNoRangesNorMax() {
        assertThat(fix("unbatched-update", "UPDATE docs SET archived = true WHERE archived IS NULL;"))
                .contains("batch_start docs.doc_uuid%TYPE := (SELECT doc_uuid FROM docs ORDER BY doc_uuid LIMIT 1);",
                        "WHILE batch_start IS NOT NULL LOOP",
                        "(SELECT doc_uuid FROM docs WHERE doc_uuid >= batch_start ORDER BY doc_uuid LIMIT 1000) AS batch "
                                + "ORDER BY doc_uuid DESC LIMIT 1);",
                        "WHERE doc_uuid >= batch_start AND doc_uuid <= batch_end\n      AND (archived IS NULL);",
                        "batch_start := (SELECT doc_uuid FROM docs WHERE doc_uuid > batch_end ORDER BY doc_uuid LIMIT 1);")
                .doesNotContain("min(", "max(", "stands for");
    }

    @Test
    void aQuotedUniqueNotNullKeyServesWhenThereIsNoPrimaryKey() {
        assertThat(fix("unbatched-delete", "DELETE FROM app.\"Tags\" WHERE cnt = 0;"))
                .contains("DELETE FROM app.\"Tags\"\n    WHERE \"Name\" IN (SELECT \"Name\" FROM app.\"Tags\" WHERE cnt = 0 LIMIT 1000);")
                .doesNotContain("stands for");
        assertThat(fix("update-with-limit", "DELETE FROM app.\"Tags\" WHERE cnt = 0 LIMIT 10;"))
                .contains("WHERE \"Name\" IN (SELECT \"Name\" FROM app.\"Tags\" WHERE cnt = 0 LIMIT 10);")
                .doesNotContain("stands for");
    }

    @Test
    void insertSelectWalksTheSourceKey() {
        assertThat(fix("unbatched-insert-select",
                "INSERT INTO orders (status) SELECT state FROM artifacts WHERE state IS NOT NULL;"))
                .contains("(SELECT min(artifact_id) FROM artifacts)",
                        "WHERE artifact_id >= batch_start AND artifact_id < batch_start + 1000")
                .doesNotContain("stands for");
    }

    @Test
    void theDeleteOfATruncateUsesTheKeyOrElseCtid() {
        assertThat(fix("truncate", "TRUNCATE docs;"))
                .contains("DELETE FROM docs WHERE doc_uuid IN (SELECT doc_uuid FROM docs LIMIT 1000);");
        assertThat(fix("truncate", "TRUNCATE pairs RESTART IDENTITY;"))
                .contains("DELETE FROM pairs WHERE ctid = ANY(ARRAY(SELECT ctid FROM pairs LIMIT 1000));",
                        "DELETE restarts no sequence");
    }

    @Test
    void aCompositeOrUnknownKeyKeepsThePlaceholderAndSaysSo() {
        assertThat(fix("unbatched-update", "UPDATE pairs SET v = 'x';"))
                .contains("-- \"id\" stands for the integer primary key of pairs: use yours.", "min(id) FROM pairs");
        assertThat(fix("unbatched-delete", "DELETE FROM elsewhere WHERE flag;"))
                .contains("-- \"id\" stands for the primary key of elsewhere: use yours.",
                        "WHERE id IN (SELECT id FROM elsewhere WHERE flag LIMIT 1000)");
    }

    @Test
    void aChangeInAWithQueryIsBatchedWithTheStatementAroundIt() {
        assertThat(fix("unbatched-delete", "WITH moved AS (DELETE FROM orders WHERE status = 'done' RETURNING *) "
                + "INSERT INTO orders_archive SELECT * FROM moved;"))
                .contains("    WITH moved AS (DELETE FROM orders\n"
                        + "    WHERE id IN (SELECT id FROM orders WHERE status = 'done' LIMIT 1000)\n"
                        + "    RETURNING *\n"
                        + "    ) INSERT INTO orders_archive SELECT * FROM moved;\n"
                        + "    GET DIAGNOSTICS deleted = ROW_COUNT;");
        assertThat(fix("unbatched-update", "WITH t AS (UPDATE artifacts SET state = 'x' RETURNING artifact_id) "
                + "INSERT INTO orders (status) SELECT 'seen' FROM t;"))
                .contains("    WITH t AS (UPDATE artifacts SET state = 'x'\n"
                        + "    WHERE artifact_id >= batch_start AND artifact_id < batch_start + 1000\n"
                        + "    RETURNING artifact_id\n"
                        + "    ) INSERT INTO orders (status) SELECT 'seen' FROM t;");
    }
}
