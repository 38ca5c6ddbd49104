package io.github.migrationguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LexerTest {

    /** Tokens as "TYPE:text" for compact expectations. */
    private static List<String> kinds(String sql) {
        return Lexer.lex(sql).tokens().stream().map(t -> t.type() + ":" + t.text()).collect(Collectors.toList());
    }

    private static Token only(String sql) {
        LexResult result = Lexer.lex(sql);
        assertThat(result.tokens()).hasSize(1);
        return result.tokens().get(0);
    }

    @Test
    void wordsNumbersAndPunctuation() {
        assertThat(kinds("ALTER TABLE t ADD COLUMN c int;"))
                .containsExactly("WORD:ALTER", "WORD:TABLE", "WORD:t", "WORD:ADD", "WORD:COLUMN", "WORD:c", "WORD:int",
                        "PUNCTUATION:;");
        assertThat(kinds("f(a[1], b.c)")).containsExactly("WORD:f", "PUNCTUATION:(", "WORD:a", "PUNCTUATION:[",
                "NUMBER:1", "PUNCTUATION:]", "PUNCTUATION:,", "WORD:b", "PUNCTUATION:.", "WORD:c", "PUNCTUATION:)");
    }

    @Test
    void exactPositionsWithLfCrlfAndLoneCr() {
        List<Token> tokens = Lexer.lex("a\n  bb\r\n\tc\rd").tokens();
        assertThat(tokens).extracting(Token::text).containsExactly("a", "bb", "c", "d");
        assertThat(tokens.get(1)).extracting(Token::line, Token::column, Token::endLine, Token::endColumn, Token::offset)
                .containsExactly(2, 3, 2, 4, 4);
        assertThat(tokens.get(2)).extracting(Token::line, Token::column, Token::offset).containsExactly(3, 2, 9);
        assertThat(tokens.get(3)).extracting(Token::line, Token::column, Token::offset).containsExactly(4, 1, 11);
    }

    @Test
    void multiLineTokenEndsWhereItsLastCharStands() {
        Token comment = Lexer.lex("x /* one\r\ntwo */").tokens().get(1);
        assertThat(comment.type()).isEqualTo(TokenType.BLOCK_COMMENT);
        assertThat(comment).extracting(Token::line, Token::column, Token::endLine, Token::endColumn)
                .containsExactly(1, 3, 2, 6);
    }

    @Test
    void lexingInPlaceUsesTheEnclosingFilesPositions() {
        List<Token> tokens = Lexer.lex("a b\n c", 7, 20, 100).tokens();
        assertThat(tokens.get(0)).extracting(Token::line, Token::column, Token::offset).containsExactly(7, 20, 100);
        assertThat(tokens.get(1)).extracting(Token::line, Token::column, Token::offset).containsExactly(7, 22, 102);
        assertThat(tokens.get(2)).extracting(Token::line, Token::column, Token::offset).containsExactly(8, 2, 105);
    }

    @Test
    void comments() {
        assertThat(kinds("a -- note\nb")).containsExactly("WORD:a", "LINE_COMMENT:-- note", "WORD:b");
        assertThat(kinds("/* outer /* inner */ still */x"))
                .containsExactly("BLOCK_COMMENT:/* outer /* inner */ still */", "WORD:x");
        assertThat(kinds("a--b")).containsExactly("WORD:a", "LINE_COMMENT:--b");
    }

    @Test
    void stringLiterals() {
        assertThat(only("'it''s'").value()).isEqualTo("it's");
        assertThat(only("E'a\\'b'").text()).isEqualTo("E'a\\'b'");
        assertThat(only("e'\\\\'").type()).isEqualTo(TokenType.STRING);
        assertThat(only("U&'d\\0061t'").type()).isEqualTo(TokenType.STRING);
        assertThat(only("B'0101'").type()).isEqualTo(TokenType.STRING);
        assertThat(only("x'1F'").type()).isEqualTo(TokenType.STRING);
        assertThat(only("N'abc'").type()).isEqualTo(TokenType.STRING);
        // Standard strings: a backslash is just a char, so the quote after it closes the literal.
        assertThat(kinds("'a\\' b")).containsExactly("STRING:'a\\'", "WORD:b");
        assertThat(kinds("'a\nb' c")).containsExactly("STRING:'a\nb'", "WORD:c");
    }

    @Test
    void prefixLettersAreOnlyPrefixesDirectlyBeforeTheQuote() {
        assertThat(kinds("e 'x'")).containsExactly("WORD:e", "STRING:'x'");
        assertThat(kinds("ex'x'")).containsExactly("WORD:ex", "STRING:'x'");
        assertThat(kinds("u&x")).containsExactly("WORD:u", "OPERATOR:&", "WORD:x");
    }

    @Test
    void quotedIdentifiers() {
        Token name = only("\"My \"\"Table\"\"\"");
        assertThat(name.type()).isEqualTo(TokenType.QUOTED_IDENT);
        assertThat(name.value()).isEqualTo("My \"Table\"");
        assertThat(only("U&\"d\\0061t\"").type()).isEqualTo(TokenType.QUOTED_IDENT);
    }

    @Test
    void dollarQuotes() {
        assertThat(only("$$ it's; $x$ $$").value()).isEqualTo(" it's; $x$ ");
        assertThat(only("$body$ a $$ b $body$").value()).isEqualTo(" a $$ b ");
        assertThat(only("$_x1$$_x1$").type()).isEqualTo(TokenType.DOLLAR_STRING);
        assertThat(kinds("$1 + $23")).containsExactly("PARAMETER:$1", "OPERATOR:+", "PARAMETER:$23");
        // $ continues an identifier, so no dollar quote opens inside one.
        assertThat(kinds("a$$b")).containsExactly("WORD:a$$b");
        assertThat(kinds("$ x")).containsExactly("OPERATOR:$", "WORD:x");
        assertThat(kinds("$1a$")).containsExactly("PARAMETER:$1", "WORD:a$");
    }

    @Test
    void numbers() {
        assertThat(kinds("1 1.5 .5 1.5e10 2E-3 1_000 0x1F 0o17 0b101 3."))
                .containsExactly("NUMBER:1", "NUMBER:1.5", "NUMBER:.5", "NUMBER:1.5e10", "NUMBER:2E-3", "NUMBER:1_000",
                        "NUMBER:0x1F", "NUMBER:0o17", "NUMBER:0b101", "NUMBER:3.");
        assertThat(kinds("1..10")).containsExactly("NUMBER:1", "OPERATOR:..", "NUMBER:10");
        assertThat(kinds("1e 1_ 0x")).containsExactly("NUMBER:1", "WORD:e", "NUMBER:1", "WORD:_", "NUMBER:0", "WORD:x");
    }

    @Test
    void operators() {
        assertThat(kinds("a::int <> b != c >= d || e ->> f #>> g @> h := i => j"))
                .filteredOn(s -> s.startsWith("OPERATOR"))
                .containsExactly("OPERATOR:::", "OPERATOR:<>", "OPERATOR:!=", "OPERATOR:>=", "OPERATOR:||",
                        "OPERATOR:->>", "OPERATOR:#>>", "OPERATOR:@>", "OPERATOR::=", "OPERATOR:=>");
        // As in PostgreSQL: a trailing - or + is split off unless the operator has one of ~!@#^&|`?%.
        assertThat(kinds("a=-1")).containsExactly("WORD:a", "OPERATOR:=", "OPERATOR:-", "NUMBER:1");
        assertThat(kinds("a@-1")).containsExactly("WORD:a", "OPERATOR:@-", "NUMBER:1");
        // An operator stops where a comment starts.
        assertThat(kinds("a*/*c*/b")).containsExactly("WORD:a", "OPERATOR:*", "BLOCK_COMMENT:/*c*/", "WORD:b");
        assertThat(kinds("a+--c")).containsExactly("WORD:a", "OPERATOR:+", "LINE_COMMENT:--c");
        assertThat(kinds(":var")).containsExactly("OPERATOR::", "WORD:var");
        assertThat(kinds("+-+-")).containsExactly("OPERATOR:+", "OPERATOR:-", "OPERATOR:+", "OPERATOR:-");
    }

    @Test
    void unicodeLettersAreIdentifiers() {
        assertThat(kinds("café naïve 表")).containsExactly("WORD:café", "WORD:naïve", "WORD:表");
    }

    @Test
    void strayCharsBecomeOneCharTokens() {
        LexResult result = Lexer.lex("a \u0000 \uFFFD \uD800 \\ {");
        assertThat(result.tokens()).extracting(t -> t.type() + ":" + t.text()).containsExactly(
                "WORD:a", "ERROR:\u0000", "ERROR:\uFFFD", "ERROR:\uD800", "OPERATOR:\\", "OPERATOR:{");
        assertThat(result.problems()).extracting(LexProblem::message).containsExactly(
                "unexpected character U+0000 at 1:3", "unexpected character U+FFFD at 1:5",
                "unexpected character U+D800 at 1:7");
    }

    @Test
    void unterminatedConstructsBecomeOneErrorTokenToTheEnd() {
        assertUnterminated("select 'abc\n;", "unterminated string literal starting at 1:8");
        assertUnterminated("select E'abc\\'", "unterminated string literal starting at 1:8");
        assertUnterminated("select \"abc;", "unterminated quoted identifier starting at 1:8");
        assertUnterminated("select $fn$ body;\n$$", "unterminated dollar-quoted string $fn$ starting at 1:8");
        assertUnterminated("select /* a /* b */;", "unterminated block comment starting at 1:8");
    }

    private static void assertUnterminated(String sql, String message) {
        LexResult result = Lexer.lex(sql);
        Token last = result.tokens().get(result.tokens().size() - 1);
        assertThat(last.type()).isEqualTo(TokenType.ERROR);
        assertThat(last.offset()).isEqualTo(7);
        assertThat(last.endOffset()).isEqualTo(sql.length());
        assertThat(result.problems()).extracting(LexProblem::message).containsExactly(message);
        assertThat(result.problems().get(0).range().line()).isEqualTo(1);
        assertThat(result.problems().get(0).range().column()).isEqualTo(8);
    }

    @Test
    void copyFromStdinDataIsOneToken() {
        String sql = "COPY t (a, b) FROM stdin WITH (FORMAT csv); -- data\n1,'x;\n2,$$\n\\.\nSELECT 1;";
        LexResult result = Lexer.lex(sql);
        assertThat(result.problems()).isEmpty();
        Token data = result.tokens().stream().filter(t -> t.type() == TokenType.COPY_DATA).findFirst().orElseThrow();
        assertThat(data.text()).isEqualTo("1,'x;\n2,$$\n\\.");
        assertThat(data).extracting(Token::line, Token::column, Token::endLine, Token::endColumn)
                .containsExactly(2, 1, 4, 2);
        assertThat(result.tokens().get(result.tokens().size() - 3).text()).isEqualTo("SELECT");
    }

    @Test
    void copyDataWithCrlfAndImmediateTerminator() {
        LexResult result = Lexer.lex("copy t from stdin;\r\n\\.\r\nselect 1");
        assertThat(result.tokens()).extracting(t -> t.type() + ":" + t.text()).containsExactly(
                "WORD:copy", "WORD:t", "WORD:from", "WORD:stdin", "PUNCTUATION:;", "COPY_DATA:\\.",
                "WORD:select", "NUMBER:1");
    }

    @Test
    void copyDataWithoutTerminatorIsTheRestOfTheFile() {
        LexResult result = Lexer.lex("SELECT 0;\nCOPY t FROM STDIN;\n1\t2\n\\.x\n");
        Token data = result.tokens().get(result.tokens().size() - 1);
        assertThat(data.type()).isEqualTo(TokenType.COPY_DATA);
        assertThat(data.text()).isEqualTo("1\t2\n\\.x\n");
        assertThat(result.problems()).containsExactly(new LexProblem(
                "COPY … FROM STDIN data has no terminating \\. line", new SourceRange(2, 1, 2, 18)));
    }

    @Test
    void otherCopiesHaveNoData() {
        assertThat(kinds("COPY t TO STDOUT;\nx;")).doesNotContain("COPY_DATA:x;");
        assertThat(kinds("COPY t FROM '/f';\nx;")).contains("WORD:x");
        assertThat(kinds("SELECT 1 FROM stdin;\nx")).contains("WORD:x");
    }

    @Test
    void emptyAndBlankInput() {
        assertThat(Lexer.lex("").tokens()).isEmpty();
        assertThat(Lexer.lex(null).tokens()).isEmpty();
        assertThat(Lexer.lex(" \t\r\n\f").tokens()).isEmpty();
    }
}
