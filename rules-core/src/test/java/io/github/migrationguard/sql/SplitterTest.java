package io.github.migrationguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitterTest {

    private static List<String> texts(String sql) {
        return Splitter.split(sql).statements().stream().map(SqlStatement::text).toList();
    }

    @Test
    void splitsAtTopLevelSemicolonsWithExactRanges() {
        String sql = "CREATE TABLE t (a int);\r\n  ALTER TABLE t\r\n    ADD b int ;\r\nSELECT 1";
        List<SqlStatement> statements = Splitter.split(sql).statements();
        assertThat(statements).extracting(SqlStatement::text)
                .containsExactly("CREATE TABLE t (a int)", "ALTER TABLE t\r\n    ADD b int", "SELECT 1");
        assertThat(statements).extracting(SqlStatement::range).containsExactly(
                new SourceRange(1, 1, 1, 23), new SourceRange(2, 3, 3, 15), new SourceRange(4, 1, 4, 8));
        SqlStatement alter = statements.get(1);
        assertThat(sql.substring(alter.startOffset(), alter.endOffset())).isEqualTo(alter.text());
        assertThat(alter.tokens()).extracting(Token::text).containsExactly("ALTER", "TABLE", "t", "ADD", "b", "int");
    }

    @Test
    void commentsBeforeAStatementBelongToIt() {
        String sql = "SELECT 1; -- after first\n-- migration-guard:ignore x -- why\nDROP TABLE t /* in */;\n-- tail\n";
        SplitResult result = Splitter.split(sql);
        assertThat(result.statements().get(0).comments()).isEmpty();
        assertThat(result.statements().get(1).comments()).extracting(Token::text)
                .containsExactly("-- after first", "-- migration-guard:ignore x -- why", "/* in */");
        assertThat(result.statements().get(1).tokens()).noneMatch(Token::isComment);
        assertThat(result.trailingComments()).extracting(Token::text).containsExactly("-- tail");
    }

    @Test
    void emptyStatementsAreDroppedButTheirCommentsCarryOn() {
        SplitResult result = Splitter.split(";; -- c\n ; SELECT 1;;");
        assertThat(result.statements()).extracting(SqlStatement::text).containsExactly("SELECT 1");
        assertThat(result.statements().get(0).comments()).extracting(Token::text).containsExactly("-- c");
        assertThat(Splitter.split("").statements()).isEmpty();
        assertThat(Splitter.split("-- only\n").trailingComments()).hasSize(1);
    }

    @Test
    void semicolonsInsideQuotesCommentsAndParenthesesDoNotSplit() {
        assertThat(texts("SELECT ';', \";\", $$;$$, E'\\';' /* ; */; SELECT 2"))
                .containsExactly("SELECT ';', \";\", $$;$$, E'\\';'", "SELECT 2");
        assertThat(texts("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); DELETE FROM b); SELECT 1"))
                .containsExactly("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); DELETE FROM b)",
                        "SELECT 1");
    }

    @Test
    void beginAtomicBodiesStayWhole() {
        String function = "CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                + "  SELECT CASE WHEN x > 0 THEN 1 ELSE CASE x WHEN 0 THEN 0 END END;\n  SELECT 2;\nEND";
        String procedure = "CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); END";
        assertThat(texts(function + ";\n" + procedure + "; SELECT 3;"))
                .containsExactly(function, procedure, "SELECT 3");
    }

    @Test
    void beginOutsideARoutineIsATransaction() {
        assertThat(texts("BEGIN; SELECT 1; COMMIT;")).containsExactly("BEGIN", "SELECT 1", "COMMIT");
        assertThat(texts("SELECT begin, atomic FROM t; SELECT 2"))
                .containsExactly("SELECT begin, atomic FROM t", "SELECT 2");
    }

    @Test
    void copyDataBelongsToNoStatement() {
        String sql = "COPY t FROM stdin;\na;b\n\\.\nSELECT 1;";
        SplitResult result = Splitter.split(sql);
        assertThat(result.statements()).extracting(SqlStatement::text).containsExactly("COPY t FROM stdin", "SELECT 1");
        assertThat(result.statements().get(1).range()).isEqualTo(new SourceRange(4, 1, 4, 9));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void errorTokensEndTheirStatement() {
        SplitResult result = Splitter.split("SELECT 1;\nSELECT 'open;\nSELECT 2;");
        assertThat(result.statements()).extracting(SqlStatement::text)
                .containsExactly("SELECT 1", "SELECT 'open;\nSELECT 2;");
        assertThat(result.statements().get(1).range()).isEqualTo(new SourceRange(2, 1, 3, 9));
        assertThat(result.problems()).hasSize(1);
        assertThat(texts("SELECT \u0000 1; x")).containsExactly("SELECT \u0000", "1", "x");
    }

    @Test
    void splittingInPlaceKeepsFilePositions() {
        SqlStatement statement = Splitter.split("x;\n  UPDATE t SET a = 1;", 10, 5, 200).statements().get(1);
        assertThat(statement.range()).isEqualTo(new SourceRange(11, 3, 11, 21));
        assertThat(statement.startOffset()).isEqualTo(205);
        assertThat(statement.endOffset()).isEqualTo(223);
        assertThat(statement.text()).isEqualTo("UPDATE t SET a = 1");
    }

    @Test
    void unbalancedClosingParenthesesDoNotBlockSplitting() {
        assertThat(texts("SELECT 1)); SELECT 2")).containsExactly("SELECT 1))", "SELECT 2");
    }
}
