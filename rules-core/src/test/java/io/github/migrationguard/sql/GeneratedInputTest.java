package io.github.migrationguard.sql;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random inputs: token soup and mutated statements. Whatever comes in, nothing escapes, nothing hangs,
 * and every token and statement is exactly where the input says. The seed is fixed so a failure reproduces.
 */
class GeneratedInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(2);

    private static final List<String> FRAGMENTS = List.of(
            "SELECT", "CREATE", "FUNCTION", "PROCEDURE", "BEGIN", "ATOMIC", "END", "CASE", "WHEN", "THEN", "COPY",
            "FROM", "STDIN", "DO", "RULE", "LOOP", "IF", "DECLARE", "EXECUTE", "t", "x1", "é", "'", "''", "E'",
            "\\", "\\.", "\"", "U&'", "U&\"", "$$", "$", "$a$", "$1", "$b", "/*", "*/", "--", "(", ")", "[", "]", ";",
            ",", ".", "..", "::", ":=", "=>", "<>", "->>", "+-", "-", "*", "1", "1.5e10", ".5", "0x1F", "1_000", "e",
            " ", " ", " ", "\t", "\n", "\r\n", "\r", "\u0000", "\uFFFD", "\uD800", "\uDC00", "😀", "表", "\u00A0");

    private static final List<String> STATEMENTS = List.of(
            "CREATE TABLE t (id bigint PRIMARY KEY, name text NOT NULL DEFAULT 'x');",
            "ALTER TABLE t ADD COLUMN c int; -- trailing\n",
            "CREATE INDEX CONCURRENTLY i ON t (lower(name)) WHERE name <> '';",
            "UPDATE t SET name = E'it\\'s' WHERE id IN (SELECT id FROM u WHERE x ->> 'k' = '1');",
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1) THEN EXECUTE 'ALTER TABLE t ADD d int'; END IF; END $$;",
            "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $fn$ BEGIN RETURN 1; END $fn$;",
            "CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); SELECT CASE WHEN true THEN 1 END; END;",
            "CREATE RULE r AS ON INSERT TO t DO INSTEAD (INSERT INTO u VALUES (1); DELETE FROM v);",
            "COPY t (a, b) FROM STDIN;\n1\t2\n\\.\n",
            "/* a /* nested */ comment */ COMMENT ON TABLE \"My \"\"T\"\"\" IS U&'d\\0061t';",
            "INSERT INTO t VALUES (B'0101', X'1F', 1.5e10, .5, $1);",
            "SELECT 1;;");

    @Test
    void tokenSoup() {
        Random random = new Random(20240601L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder input = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                input.append(random.nextInt(10) == 0
                        ? (char) random.nextInt(0x3000)
                        : FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
            check(input.toString());
        }
    }

    @Test
    void mutatedStatements() {
        Random random = new Random(42L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder input = new StringBuilder();
            int count = 1 + random.nextInt(5);
            for (int j = 0; j < count; j++) {
                input.append(STATEMENTS.get(random.nextInt(STATEMENTS.size()))).append(random.nextBoolean() ? "\n" : "\r\n");
            }
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations && input.length() > 1; m++) {
                int at = random.nextInt(input.length());
                switch (random.nextInt(3)) {
                    case 0 -> input.deleteCharAt(at);
                    case 1 -> input.insert(at, input.charAt(at));
                    default -> {
                        int other = random.nextInt(input.length());
                        char c = input.charAt(at);
                        input.setCharAt(at, input.charAt(other));
                        input.setCharAt(other, c);
                    }
                }
            }
            check(input.toString());
        }
    }

    private static void check(String input) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            TextInvariants invariants = new TextInvariants(input);
            invariants.checkTokens(Lexer.lex(input).tokens());
            invariants.checkStatements(Splitter.split(input).statements());
            invariants.checkBodyStatements(BodyReader.read(input, 1, 1, 0).statements());
            invariants.checkBodyStatements(BodyReader.readSql(input, 1, 1, 0).statements());
        }, () -> "input: " + input.replace("\n", "\\n").replace("\r", "\\r"));
    }
}
