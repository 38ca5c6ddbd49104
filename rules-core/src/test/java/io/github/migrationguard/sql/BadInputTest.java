package io.github.migrationguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Inputs built to hurt: deep nesting, huge scripts, binary files, long runs of one char. */
class BadInputTest {

    @Test
    void hundredThousandNestedParentheses() {
        String deep = "(".repeat(100_000);
        String sql = "SELECT " + deep + "1" + ")".repeat(100_000) + "; SELECT 2";
        SplitResult result = Splitter.split(sql);
        assertThat(result.statements()).extracting(SqlStatement::text).endsWith("SELECT 2").hasSize(2);
        assertThat(Splitter.split("SELECT " + deep + "; SELECT 2").statements()).hasSize(1);
    }

    @Test
    void fiveMegabyteScript() {
        String chunk = "INSERT INTO t VALUES (1, 'a;b', $$x;y$$); -- c\nUPDATE t SET a = a + 1 WHERE b <> 'x';\n";
        int copies = 5_000_000 / chunk.length() + 1;
        String sql = chunk.repeat(copies);
        SplitResult result = Splitter.split(sql);
        assertThat(result.statements()).hasSize(2 * copies);
        new TextInvariants(sql).checkStatements(result.statements());
    }

    @Test
    void binaryBytesDecodedAsText() {
        Random random = new Random(7L);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[2000];
            random.nextBytes(bytes);
            for (String text : new String[] {
                    new String(bytes, StandardCharsets.UTF_8), new String(bytes, StandardCharsets.ISO_8859_1)}) {
                TextInvariants invariants = new TextInvariants(text);
                LexResult lexed = Lexer.lex(text);
                invariants.checkTokens(lexed.tokens());
                invariants.checkStatements(Splitter.split(text).statements());
                assertThat(BodyReader.read(text, 1, 1, 0).problems()).isNotNull();
            }
        }
    }

    @Test
    void longRunsOfOneCharStayLinear() {
        int n = 1_000_000;
        assertThat(Lexer.lex("+-".repeat(n)).tokens().size()).isEqualTo(2 * n);
        assertThat(Lexer.lex("/*".repeat(n)).problems()).hasSize(1);
        assertThat(Lexer.lex("'".repeat(n + 1)).tokens().size()).isEqualTo(1);
        // "$$$$" is an empty dollar-quoted string.
        assertThat(Lexer.lex("$".repeat(n)).tokens().size()).isEqualTo(n / 4);
        // "$a$a$a$" is a dollar-quoted string, the rest one identifier ($ continues identifiers).
        assertThat(Lexer.lex("$a".repeat(n)).tokens().size()).isEqualTo(2);
        assertThat(Splitter.split(";".repeat(n)).statements()).isEmpty();
        assertThat(Splitter.split(")".repeat(n) + ";x").statements().size()).isEqualTo(2);
        assertThat(BodyReader.read("IF ".repeat(n), 1, 1, 0).statements()).isEmpty();
        assertThat(BodyReader.read("CASE ".repeat(n), 1, 1, 0).statements()).isEmpty();
    }
}
