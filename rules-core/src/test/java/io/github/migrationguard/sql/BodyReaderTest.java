package io.github.migrationguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyReaderTest {

    private static List<String> texts(BodyReader.Result result) {
        return result.statements().stream().map(SqlStatement::text).toList();
    }

    private static BodyReader.Result readDoBlock(String script) {
        Token body = Lexer.lex(script).tokens().stream()
                .filter(t -> t.type() == TokenType.DOLLAR_STRING || t.type() == TokenType.STRING)
                .findFirst().orElseThrow();
        return BodyReader.read(body, BodyReader.Language.PLPGSQL);
    }

    @Test
    void keepsTheSqlInsideNestedControlFlowWithExactRanges() {
        String script = String.join("\n",
                "DO $$",                                                      // 1
                "<<main>>",                                                   // 2
                "DECLARE",                                                    // 3
                "  n int := 0;",                                              // 4
                "  c CURSOR FOR SELECT * FROM t;",                            // 5
                "BEGIN",                                                      // 6
                "  IF (SELECT CASE WHEN x THEN 1 END FROM s) = 1 THEN",       // 7
                "    ALTER TABLE t ADD COLUMN a int;",                        // 8
                "  ELSIF n > 1 THEN UPDATE t SET a = 1;",                     // 9
                "  ELSE",                                                     // 10
                "    DELETE FROM t WHERE a IS NULL;",                         // 11
                "  END IF;",                                                  // 12
                "  n := n + 1;",                                              // 13
                "  PERFORM count(*) FROM t;",                                 // 14
                "  RAISE NOTICE 'done; %', n;",                               // 15
                "  SELECT 1 INTO n;",                                         // 16
                "  BEGIN",                                                    // 17
                "    CREATE INDEX i ON t (a);",                               // 18
                "  EXCEPTION WHEN duplicate_table OR unique_violation THEN",  // 19
                "    NULL;",                                                  // 20
                "    WHEN others THEN DROP INDEX i;",                         // 21
                "  END;",                                                     // 22
                "  CASE n WHEN 1 THEN TRUNCATE t; ELSE GRANT SELECT ON t TO r; END CASE;", // 23
                "END main $$;");                                              // 24
        BodyReader.Result result = readDoBlock(script);
        assertThat(texts(result)).containsExactly(
                "ALTER TABLE t ADD COLUMN a int",
                "UPDATE t SET a = 1",
                "DELETE FROM t WHERE a IS NULL",
                "CREATE INDEX i ON t (a)",
                "DROP INDEX i",
                "TRUNCATE t",
                "GRANT SELECT ON t TO r");
        assertThat(result.statements()).extracting(SqlStatement::range).containsExactly(
                new SourceRange(8, 5, 8, 35),
                new SourceRange(9, 20, 9, 38),
                new SourceRange(11, 5, 11, 34),
                new SourceRange(18, 5, 18, 28),
                new SourceRange(21, 22, 21, 34),
                new SourceRange(23, 22, 23, 32),
                new SourceRange(23, 39, 23, 61));
        SqlStatement alter = result.statements().get(0);
        assertThat(script.substring(alter.startOffset(), alter.endOffset())).isEqualTo(alter.text());
        assertThat(alter.tokens().get(0).text()).isEqualTo("ALTER");
        assertThat(result.loops()).isFalse();
        assertThat(result.commits()).isFalse();
        assertThat(result.sleeps()).isFalse();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void batchedBackfillLoopsCommitsAndSleeps() {
        String body = """
                DECLARE r record;
                BEGIN
                  FOR r IN SELECT id FROM big LOOP
                    UPDATE big SET flag = true WHERE id = r.id;
                    COMMIT;
                    PERFORM pg_catalog.pg_sleep(0.1);
                  END LOOP;
                END""";
        BodyReader.Result result = BodyReader.read(body, 3, 10, 40);
        assertThat(texts(result)).containsExactly("UPDATE big SET flag = true WHERE id = r.id");
        assertThat(result.statements().get(0).range()).isEqualTo(new SourceRange(6, 5, 6, 47));
        assertThat(result.loops()).isTrue();
        assertThat(result.commits()).isTrue();
        assertThat(result.sleeps()).isTrue();
    }

    @Test
    void declaredNamesAndLoopVariablesAreTheBodysVariables() {
        String body = """
                DECLARE
                  batch_start bigint := 1;
                  "LastId" bigint;
                  c CURSOR FOR SELECT id FROM t;
                BEGIN
                  FOR r IN SELECT id FROM t LOOP NULL; END LOOP;
                  FOREACH k SLICE 1 IN ARRAY ids LOOP NULL; END LOOP;
                  FOR i IN 1..10 LOOP NULL; END LOOP;
                END""";
        assertThat(BodyReader.read(body, 1, 1, 0).variables())
                .containsExactlyInAnyOrder("batch_start", "LastId", "c", "r", "k", "i");
    }

    @Test
    void routineParametersAreNamedUnlessWrittenAsATypeAlone() {
        assertThat(RoutineReader.parameterNames(Sql.statement(
                "CREATE FUNCTION f(p_id bigint, IN p_from int DEFAULT 1, OUT total numeric(10, 2), bigint, "
                        + "VARIADIC ids int[]) RETURNS void LANGUAGE sql AS 'SELECT 1'")))
                .containsExactly("p_id", "p_from", "total", "ids");
    }

    @Test
    void everyLoopFormCounts() {
        assertThat(BodyReader.read("BEGIN LOOP EXIT; END LOOP; END", 1, 1, 0).loops()).isTrue();
        assertThat(BodyReader.read("BEGIN WHILE x < 3 LOOP x := x + 1; END LOOP; END", 1, 1, 0).loops()).isTrue();
        assertThat(BodyReader.read("BEGIN FOR i IN 1..10 LOOP UPDATE t SET a = i; END LOOP; END", 1, 1, 0))
                .satisfies(r -> assertThat(r.loops()).isTrue())
                .satisfies(r -> assertThat(texts(r)).containsExactly("UPDATE t SET a = i"));
        assertThat(BodyReader.read("BEGIN FOREACH x IN ARRAY a LOOP NULL; END LOOP; END", 1, 1, 0).loops()).isTrue();
        assertThat(BodyReader.read("BEGIN UPDATE t SET a = 1; END", 1, 1, 0).loops()).isFalse();
        assertThat(BodyReader.read("BEGIN ROLLBACK; END", 1, 1, 0).commits()).isTrue();
        assertThat(BodyReader.read("BEGIN SELECT pg_sleep_for('1s'); END", 1, 1, 0).sleeps()).isTrue();
        assertThat(BodyReader.read("BEGIN SELECT 'pg_sleep(1)'; END", 1, 1, 0).sleeps()).isFalse();
    }

    @Test
    void droppedStatementKinds() {
        String body = "BEGIN SELECT 1; PERFORM f(); RAISE NOTICE 'x'; RETURN; x := 1; EXECUTE format('DROP TABLE %I', t);"
                + " CALL p(); NULL; GET DIAGNOSTICS n = ROW_COUNT; RETURN QUERY SELECT 1; END";
        assertThat(BodyReader.read(body, 1, 1, 0).statements()).isEmpty();
    }

    @Test
    void keptStatementKinds() {
        String body = "BEGIN SET lock_timeout = '1s'; RESET lock_timeout; LOCK TABLE t; WITH d AS (DELETE FROM t) SELECT 1;"
                + " COMMENT ON TABLE t IS 'x'; REVOKE ALL ON t FROM r; INSERT INTO t VALUES (1); REINDEX TABLE t;"
                + " CLUSTER t; VACUUM t; ANALYZE t; REFRESH MATERIALIZED VIEW v; MERGE INTO t USING s ON true"
                + " WHEN MATCHED THEN DELETE; END";
        assertThat(BodyReader.read(body, 1, 1, 0).statements()).extracting(s -> s.tokens().get(0).text())
                .containsExactly("SET", "RESET", "LOCK", "WITH", "COMMENT", "REVOKE", "INSERT", "REINDEX", "CLUSTER",
                        "VACUUM", "ANALYZE", "REFRESH", "MERGE");
    }

    @Test
    void executeOfAPlainLiteralIsReadInPlace() {
        String script = "DO $$ BEGIN\n  EXECUTE 'ALTER TABLE t ADD c int';\n  EXECUTE 'SELECT 1' INTO n; END $$";
        BodyReader.Result result = readDoBlock(script);
        assertThat(texts(result)).containsExactly("ALTER TABLE t ADD c int");
        assertThat(result.statements().get(0).range()).isEqualTo(new SourceRange(2, 12, 2, 34));
        assertThat(result.statements().get(0).startOffset()).isEqualTo(script.indexOf("ALTER"));
    }

    @Test
    void executeOfAnEscapedLiteralTakesTheExecuteRange() {
        String body = "BEGIN\n  EXECUTE 'COMMENT ON TABLE t IS ''x''';\nEND";
        BodyReader.Result result = BodyReader.read(body, 1, 1, 0);
        assertThat(texts(result)).containsExactly("COMMENT ON TABLE t IS 'x'");
        assertThat(result.statements().get(0).range()).isEqualTo(new SourceRange(2, 3, 2, 40));
    }

    @Test
    void labelsAndCompilerOptionsAreSkipped() {
        String body = "#variable_conflict use_column\n<<outer>> DECLARE BEGIN <<inner>> LOOP DROP TABLE x; END LOOP inner; END outer";
        BodyReader.Result result = BodyReader.read(body, 1, 1, 0);
        assertThat(texts(result)).containsExactly("DROP TABLE x");
        assertThat(result.loops()).isTrue();
    }

    @Test
    void sqlBodiesAreSplitAndKeptWhole() {
        BodyReader.Result result = BodyReader.readSql("\n  UPDATE t SET a = 1;\n  SELECT a FROM t;\n", 5, 30, 100);
        assertThat(texts(result)).containsExactly("UPDATE t SET a = 1", "SELECT a FROM t");
        assertThat(result.statements().get(0).range()).isEqualTo(new SourceRange(6, 3, 6, 21));
        assertThat(result.statements().get(0).startOffset()).isEqualTo(103);
        assertThat(result.loops()).isFalse();
    }

    @Test
    void quotedSqlFunctionBody() {
        String script = "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS 'DELETE FROM t';";
        Token body = Lexer.lex(script).tokens().stream().filter(t -> t.type() == TokenType.STRING).findFirst().orElseThrow();
        BodyReader.Result result = BodyReader.read(body, BodyReader.Language.SQL);
        assertThat(texts(result)).containsExactly("DELETE FROM t");
        assertThat(result.statements().get(0).range()).isEqualTo(new SourceRange(1, 51, 1, 63));
    }

    @Test
    void copyInsideABodyHasNoDataLines() {
        BodyReader.Result result = BodyReader.readSql("COPY t FROM STDIN;\nDELETE FROM t;", 1, 1, 0);
        assertThat(texts(result)).containsExactly("COPY t FROM STDIN", "DELETE FROM t");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void badBodiesNeverThrow() {
        assertThat(BodyReader.read("BEGIN UPDATE t SET a = 'open; END", 2, 1, 0).problems())
                .extracting(LexProblem::message).containsExactly("unterminated string literal starting at 2:24");
        assertThat(BodyReader.read("", 1, 1, 0).statements()).isEmpty();
        assertThat(BodyReader.read((String) null, 1, 1, 0).statements()).isEmpty();
        assertThat(BodyReader.read("IF x", 1, 1, 0).statements()).isEmpty();
        assertThat(BodyReader.read("CASE", 1, 1, 0).statements()).isEmpty();
        assertThat(BodyReader.read("# <<", 1, 1, 0).statements()).isEmpty();
        assertThat(BodyReader.read("FOR i IN 1..2", 1, 1, 0).statements()).isEmpty();
        Token notALiteral = Lexer.lex("x").tokens().get(0);
        assertThat(BodyReader.read(notALiteral, BodyReader.Language.PLPGSQL).problems()).hasSize(1);
    }
}
