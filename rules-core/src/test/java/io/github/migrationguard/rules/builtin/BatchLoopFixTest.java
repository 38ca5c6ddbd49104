package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.source.MigrationScript;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** batch-loop-in-transaction's fix commits after each batch in the loop as written, not just in a comment. */
class BatchLoopFixTest {

    private static Finding finding(String sql) {
        List<Finding> found = new Engine(EngineConfig.defaults()).lint(
                        List.of(MigrationScript.plain("V2__purge.sql", sql)), List.of())
                .findings().stream().filter(f -> f.ruleId().equals("batch-loop-in-transaction")).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aDoBlockGetsItsCommitBeforeTheEndOfTheLoopAfterTheRowCountIsRead() {
        assertThat(finding("""
                DO $$
                DECLARE
                  deleted integer;
                BEGIN
                  LOOP
                    DELETE FROM events WHERE id IN (SELECT id FROM events WHERE old LIMIT 1000);
                    GET DIAGNOSTICS deleted = ROW_COUNT;
                    EXIT WHEN deleted = 0;
                    PERFORM pg_sleep(0.1);
                  END LOOP;
                END $$;
                """).fix()).contains("""
                    PERFORM pg_sleep(0.1);
                    COMMIT;
                  END LOOP;
                END $$;""").doesNotContain("function");
    }

    @Test
    void aLoopOnOneLineGetsItsCommitInline() {
        assertThat(finding("DO $$ DECLARE r record; BEGIN FOR r IN SELECT id FROM users LOOP "
                + "UPDATE users SET active = true WHERE id = r.id; END LOOP; END $$;").fix())
                .contains("WHERE id = r.id; COMMIT; END LOOP; END $$;");
    }

    @Test
    void aFunctionIsToldToBecomeAProcedure() {
        assertThat(finding("""
                CREATE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                  LOOP
                    DELETE FROM events WHERE id IN (SELECT id FROM events WHERE old LIMIT 100);
                    EXIT WHEN NOT FOUND;
                  END LOOP;
                END $$;
                SELECT purge();
                """).fix()).contains("A function cannot COMMIT: make it a procedure", "SELECT purge();");
    }
}
