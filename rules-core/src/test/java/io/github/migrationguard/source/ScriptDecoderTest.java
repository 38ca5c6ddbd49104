package io.github.migrationguard.source;

import io.github.migrationguard.Diagnostic;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptDecoderTest {

    private static ScriptDecoder.Decoded.Text text(byte[] bytes, Charset charset) {
        ScriptDecoder.Decoded decoded = ScriptDecoder.decode("V1__x.sql", bytes, charset);
        assertThat(decoded).isInstanceOf(ScriptDecoder.Decoded.Text.class);
        return (ScriptDecoder.Decoded.Text) decoded;
    }

    private static Diagnostic skipped(byte[] bytes) {
        ScriptDecoder.Decoded decoded = ScriptDecoder.decode("V1__x.sql", bytes, StandardCharsets.UTF_8);
        assertThat(decoded).isInstanceOf(ScriptDecoder.Decoded.Skipped.class);
        return ((ScriptDecoder.Decoded.Skipped) decoded).diagnostic();
    }

    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = "SELECT 'é';\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);
        assertThat(text(plain, StandardCharsets.UTF_8).text()).isEqualTo("SELECT 'é';\n");
        assertThat(text(withBom, StandardCharsets.UTF_8).text()).isEqualTo("SELECT 'é';\n");
        assertThat(text(withBom, StandardCharsets.UTF_8).diagnostic()).isEmpty();
    }

    @Test
    void otherEncodings() {
        assertThat(text("SELECT 'é';".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1).text())
                .isEqualTo("SELECT 'é';");
        // UTF-16 is full of NUL bytes: not binary for that encoding; its BOM is dropped
        assertThat(text("SELECT 1;".getBytes(StandardCharsets.UTF_16), StandardCharsets.UTF_16).text())
                .isEqualTo("SELECT 1;");
    }

    @Test
    void utf16ReadAsUtf8IsLintedAsUtf16WithADiagnostic() {
        // Flyway fails on these ("Unable to calculate checksum"); they used to be skipped as binary
        for (byte[] bytes : List.of("SELECT 'é';\n".getBytes(StandardCharsets.UTF_16),
                "SELECT 'é';\n".getBytes(StandardCharsets.UTF_16LE), "SELECT 'é';\n".getBytes(StandardCharsets.UTF_16BE),
                withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, "SELECT 'é';\n".getBytes(StandardCharsets.UTF_16LE)))) {
            ScriptDecoder.Decoded.Text decoded = text(bytes, StandardCharsets.UTF_8);
            assertThat(decoded.text()).isEqualTo("SELECT 'é';\n");
            assertThat(decoded.diagnostic().orElseThrow().message())
                    .contains("but is read as UTF-8: the runner fails on it").contains("linted as UTF-16");
        }
    }

    private static byte[] withPrefix(byte[] prefix, byte[] body) {
        byte[] all = Arrays.copyOf(prefix, prefix.length + body.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }

    @Test
    void invalidUtf8IsLintedWithThePlaceOfTheFirstBadByte() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "SELECT 1;\nSELECT 'ab".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length + 3];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        bytes[bytes.length - 3] = (byte) 0xFF;
        bytes[bytes.length - 2] = '\'';
        bytes[bytes.length - 1] = ';';
        ScriptDecoder.Decoded.Text decoded = text(bytes, StandardCharsets.UTF_8);
        assertThat(decoded.text()).isEqualTo("SELECT 1;\nSELECT 'ab\uFFFD';");
        Diagnostic d = decoded.diagnostic().orElseThrow();
        // line 2, column 11: the BOM does not count
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.column()).isEqualTo(11);
    }

    @Test
    void crlfIsKept() {
        assertThat(text("SELECT 1;\r\nSELECT 2;\r\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).text())
                .isEqualTo("SELECT 1;\r\nSELECT 2;\r\n");
    }

    @Test
    void emptyFileIsAnEmptyScript() {
        assertThat(text(new byte[0], StandardCharsets.UTF_8).text()).isEmpty();
    }

    @Test
    void binaryFilesAreNotLinted() {
        assertThat(skipped(new byte[] {'P', 'K', 3, 4, 0, 0, 1}).message()).contains("binary");
        byte[] controls = new byte[100];
        Arrays.fill(controls, (byte) 1);
        assertThat(skipped(controls).message()).contains("binary");
    }

    @Test
    void aStrayNulInTextIsStillLinted() {
        // it used to make the whole file "binary, not linted"; the lexer reports the NUL at its line
        ScriptDecoder.Decoded.Text decoded = text("CREATE TABLE t (a int);\nSELECT 1\0;\n".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        assertThat(decoded.text()).isEqualTo("CREATE TABLE t (a int);\nSELECT 1\0;\n");
    }

    @Test
    void imagesWithNulBytesStayBinary() {
        byte[] png = new byte[4000];
        new java.util.Random(3).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 0, png, 0, 12);
        assertThat(skipped(png).message()).contains("binary");
        byte[] zeros = new byte[4000];
        zeros[0] = 'S';
        assertThat(skipped(zeros).message()).contains("binary");
    }

    /** Generated bytes: SQL text damaged with BOMs, NULs, stray high bytes and random runs, in several charsets. */
    @Test
    void generatedBytesNeverThrowAndTextIsReadable() {
        java.util.Random random = new java.util.Random(20261205L);
        byte[][] pieces = {"CREATE TABLE t (a int);\n".getBytes(StandardCharsets.UTF_8), {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}, {0}, {(byte) 0xC3}, {(byte) 0x80}, {'\'', '$', '$'},
                "SELECT 'é';\n".getBytes(StandardCharsets.UTF_16LE), "é表😀".getBytes(StandardCharsets.UTF_8), {'\r', '\n'}};
        List<Charset> charsets = List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16,
                StandardCharsets.UTF_16LE, Charset.forName("windows-1252"));
        for (int i = 0; i < 2000; i++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            int count = random.nextInt(12);
            for (int k = 0; k < count; k++) {
                if (random.nextInt(4) == 0) {
                    byte[] noise = new byte[random.nextInt(40)];
                    random.nextBytes(noise);
                    bytes.writeBytes(noise);
                } else {
                    bytes.writeBytes(pieces[random.nextInt(pieces.length)]);
                }
            }
            byte[] input = bytes.toByteArray();
            Charset charset = charsets.get(random.nextInt(charsets.size()));
            ScriptDecoder.Decoded decoded = ScriptDecoder.decode("V1__x.sql", input, charset);
            if (decoded instanceof ScriptDecoder.Decoded.Text text) {
                assertThat(io.github.migrationguard.sql.StatementReader.read(text.text()).statements()).isNotNull();
                text.diagnostic().ifPresent(d -> assertThat(d.line()).isGreaterThanOrEqualTo(0));
            }
        }
    }

    @Test
    void tooLargeFilesAreNotLinted() {
        assertThat(ScriptDecoder.tooLarge("V1__x.sql", ScriptDecoder.MAX_BYTES + 1).diagnostic().message())
                .contains("larger than the limit");
    }
}
