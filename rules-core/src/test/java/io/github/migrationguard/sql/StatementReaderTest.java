package io.github.migrationguard.sql;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Frontend;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's entry point: frontends chosen per statement, bodies read in place. */
class StatementReaderTest {

    @Test
    void choosesTheFrontendPerStatement() {
        ReadResult r = StatementReader.read("""
                CREATE INDEX CONCURRENTLY i ON t (a);
                UPDATE t SET a = 1 WHERE id < 10;
                UPDATE ONLY t SET a = 1;
                FROBNICATE;
                """);
        assertThat(r.statements()).extracting(AnalyzedStatement::frontend)
                .containsExactly(Frontend.TOKENS, Frontend.JSQLPARSER, Frontend.TOKENS, Frontend.NONE);
        assertThat(r.statements()).extracting(AnalyzedStatement::index).containsExactly(0, 1, 2, 3);
        assertThat(r.statements()).allSatisfy(s -> {
            assertThat(s.nesting()).isEqualTo(Nesting.TOP);
            assertThat(s.parent()).isEqualTo(-1);
        });
        assertThat(r.statements().get(3).model()).isInstanceOf(Statement.Unrecognized.class);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void doBlockStatementsFollowTheBlockWithFilePositions() {
        ReadResult r = StatementReader.read("""
                SET lock_timeout = '5s';
                DO $$
                BEGIN
                  LOOP
                    UPDATE t SET a = 1 WHERE id IN (SELECT id FROM t WHERE a IS NULL LIMIT 100);
                    EXIT WHEN NOT FOUND;
                    PERFORM pg_sleep(1);
                  END LOOP;
                  ALTER TABLE t ADD CONSTRAINT c CHECK (a IS NOT NULL) NOT VALID;
                END $$;
                SELECT 1;
                """);
        List<AnalyzedStatement> s = r.statements();
        assertThat(s).hasSize(5);
        Statement.DoBlock block = (Statement.DoBlock) s.get(1).model();
        assertThat(block.body()).isEqualTo(new Statement.Body(true, false, true, 2));

        AnalyzedStatement update = s.get(2);
        assertThat(update.nesting()).isEqualTo(Nesting.DO_BLOCK);
        assertThat(update.parent()).isEqualTo(1);
        assertThat(update.index()).isEqualTo(2);
        assertThat(update.frontend()).isEqualTo(Frontend.JSQLPARSER);
        assertThat(update.model()).isInstanceOf(Statement.Update.class);
        assertThat(update.sql().range().line()).isEqualTo(5);
        assertThat(update.sql().range().column()).isEqualTo(5);

        AnalyzedStatement alter = s.get(3);
        assertThat(alter.nesting()).isEqualTo(Nesting.DO_BLOCK);
        assertThat(alter.model()).isInstanceOf(Statement.AlterTable.class);
        assertThat(alter.sql().range().line()).isEqualTo(9);

        assertThat(s.get(4).nesting()).isEqualTo(Nesting.TOP);
        assertThat(s.get(4).index()).isEqualTo(4);
    }

    @Test
    void routineBodiesAreRoutineBodyStatements() {
        ReadResult r = StatementReader.read("""
                CREATE OR REPLACE PROCEDURE backfill() LANGUAGE plpgsql AS $body$
                BEGIN
                  DELETE FROM t WHERE a IS NULL;
                  COMMIT;
                END $body$;
                CREATE FUNCTION f() RETURNS void LANGUAGE sql AS 'UPDATE t SET a = 2';
                CREATE FUNCTION g() RETURNS void LANGUAGE sql BEGIN ATOMIC
                  INSERT INTO t VALUES (1);
                  DELETE FROM u;
                END;
                CREATE FUNCTION h() RETURNS int LANGUAGE c AS 'lib', 'h';
                """);
        List<AnalyzedStatement> s = r.statements();
        assertThat(s).extracting(a -> a.model().getClass().getSimpleName()).containsExactly(
                "CreateRoutine", "Delete", "CreateRoutine", "Update", "CreateRoutine", "Insert", "Delete", "CreateRoutine");
        assertThat(s).extracting(AnalyzedStatement::nesting).containsExactly(Nesting.TOP, Nesting.ROUTINE_BODY,
                Nesting.TOP, Nesting.ROUTINE_BODY, Nesting.TOP, Nesting.ROUTINE_BODY, Nesting.ROUTINE_BODY, Nesting.TOP);
        assertThat(s).extracting(AnalyzedStatement::parent).containsExactly(-1, 0, -1, 2, -1, 4, 4, -1);
        assertThat(((Statement.CreateRoutine) s.get(0).model()).body()).isEqualTo(new Statement.Body(false, true, false, 1));
        assertThat(((Statement.CreateRoutine) s.get(4).model()).body().statements()).isEqualTo(2);
        assertThat(s.get(5).sql().range().line()).isEqualTo(8);
        assertThat(s.get(5).sql().range().column()).isEqualTo(3);
        assertThat(((Statement.CreateRoutine) s.get(7).model()).body()).isEqualTo(Statement.Body.EMPTY);
    }

    @Test
    void lexProblemsAreReportedAndTheStatementIsUnrecognized() {
        ReadResult r = StatementReader.read("SELECT 1;\nUPDATE t SET a = 'unterminated");
        assertThat(r.problems()).isNotEmpty();
        assertThat(r.statements().get(r.statements().size() - 1).model()).isInstanceOf(Statement.Unrecognized.class);
    }

    @Test
    void templateControlSyntaxIsNamed() {
        ReadResult r = StatementReader.read("{{ if .Partitioned }}CREATE TABLE t (id int);");
        assertThat(r.statements()).hasSize(1);
        Statement.Unrecognized u = (Statement.Unrecognized) r.statements().get(0).model();
        assertThat(u.reason()).startsWith("template syntax `{{` is not SQL (line 1, column 1)");
        assertThat(r.statements().get(0).frontend()).isEqualTo(Frontend.NONE);

        ReadResult jinja = StatementReader.read("CREATE TABLE t (id int) {% if x %}PARTITION BY RANGE (id){% endif %};");
        assertThat(((Statement.Unrecognized) jinja.statements().get(0).model()).reason())
                .startsWith("template syntax `{%` is not SQL");
    }

    @Test
    void templateValuesStandForNames() {
        ReadResult bare = StatementReader.read("CREATE TABLE {{ table_name }} (id int);");
        assertThat(bare.statements().get(0).model()).isInstanceOfSatisfying(Statement.CreateTable.class,
                t -> assertThat(t.name().name()).isEqualTo("{{ table_name }}"));

        ReadResult quoted = StatementReader.read(
                "ALTER TABLE \"{{ index .Options \"Namespace\" }}\".\"users\" RENAME COLUMN a TO b;");
        assertThat(quoted.statements().get(0).model()).isInstanceOfSatisfying(Statement.AlterTable.class, a -> {
            assertThat(a.table().schema()).isEqualTo("{{ index .Options \"Namespace\" }}");
            assertThat(a.table().name()).isEqualTo("users");
            assertThat(a.table().sql()).isEqualTo("{{ index .Options \"Namespace\" }}.users");
        });

        ReadResult unclosed = StatementReader.read("CREATE TABLE {{ .Name (id int);");
        assertThat(unclosed.statements().get(0).model()).isInstanceOf(Statement.Unrecognized.class);
    }

    @Test
    void emptyScriptHasNoStatements() {
        assertThat(StatementReader.read("").statements()).isEmpty();
        assertThat(StatementReader.read("-- only a comment\n").statements()).isEmpty();
    }
}
