package io.github.migrationguard.source;

import io.github.migrationguard.Diagnostic;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into script text. Never throws: a file that cannot be linted becomes a
 * {@link Decoded.Skipped} with its reason, a damaged one is linted with replacement characters and a
 * diagnostic at the first bad byte. Line endings are kept as written (CRLF stays CRLF).
 */
public final class ScriptDecoder {

    /** Larger files are not migrations anyone reviews by hand; reading them would only cost memory. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** How much of the start of a file the binary check looks at. */
    static final int SNIFF_BYTES = 8 * 1024;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    public sealed interface Decoded {
        /** The text, and a diagnostic when some bytes had to be replaced. */
        record Text(String text, Optional<Diagnostic> diagnostic) implements Decoded {
        }

        /** Not linted, for the reason given. */
        record Skipped(Diagnostic diagnostic) implements Decoded {
        }
    }

    private ScriptDecoder() {
    }

    public static Decoded decode(String path, byte[] bytes, Charset charset) {
        if (bytes.length > MAX_BYTES) {
            return tooLarge(path, bytes.length);
        }
        Optional<Charset> wide = asciiCompatible(charset) ? wideEncoding(bytes) : Optional.empty();
        if (wide.isPresent()) {
            return misread(path, bytes, charset, wide.get());
        }
        if (asciiCompatible(charset) && looksBinary(bytes, charset)) {
            return new Decoded.Skipped(Diagnostic.ofFile(path, "binary file, not linted"));
        }
        int start = charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        Optional<Diagnostic> bad = firstBadByte(path, input.duplicate(), charset);
        String decoded = charset.decode(input).toString(); // Charset.decode replaces what it cannot read
        // a BOM in UTF-16 and friends: not part of the script
        String text = !decoded.isEmpty() && decoded.charAt(0) == '\uFEFF' ? decoded.substring(1) : decoded;
        return new Decoded.Text(text, bad);
    }

    /**
     * A UTF-16 file read in an ASCII-based charset: a runner reads NUL bytes and fails (Flyway: "Unable to
     * calculate checksum"). We lint the text it was meant to be and say how to fix the encoding.
     */
    private static Decoded misread(String path, byte[] bytes, Charset configured, Charset actual) {
        boolean bom = startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM);
        String text = actual.decode(ByteBuffer.wrap(bytes)).toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Decoded.Text(text, Optional.of(Diagnostic.ofFile(path, "the file is " + actual.name()
                + (bom ? " (it starts with a byte order mark)" : " without a byte order mark") + " but is read as "
                + configured.name() + ": the runner fails on it (Flyway: 'Unable to calculate checksum'); save it as "
                + configured.name() + " or set its encoding (Flyway: encoding=" + (bom ? "UTF-16" : actual.name())
                + " in its .conf); linted as " + actual.name())));
    }

    /**
     * UTF-16 by its byte order mark, or by its shape: text in UTF-16 has a NUL in every other byte, in odd
     * places for little-endian and even places for big-endian.
     */
    static Optional<Charset> wideEncoding(byte[] bytes) {
        if (startsWith(bytes, UTF16LE_BOM)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        int n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
        if (n < 4) {
            return Optional.empty();
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (evenNul == 0 && oddNul * 10 >= pairs * 9) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (oddNul == 0 && evenNul * 10 >= pairs * 9) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** For callers that check the size before reading a file. */
    public static Decoded.Skipped tooLarge(String path, long size) {
        return new Decoded.Skipped(Diagnostic.ofFile(path, "file of " + size + " bytes is larger than the limit of "
                + MAX_BYTES + " bytes, not linted"));
    }

    /**
     * An image, an archive, a dump: mostly control characters near the start, or NUL bytes there in what is
     * not text in the charset or in more than a few places. A text file with a stray NUL is still text (the
     * lexer reports the NUL where it is).
     */
    static boolean looksBinary(byte[] bytes, Charset charset) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        int nul = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nul++;
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (n == 0 || (control + nul) * 10 > n * 3) {
            return n > 0;
        }
        return nul > 0 && (nul > 4 && nul * 100 > n || !readableStart(bytes, n, charset));
    }

    /** Whether the first {@code n} bytes decode in the charset (a character cut at the end does not count). */
    private static boolean readableStart(byte[] bytes, int n, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, 0, n), CharBuffer.allocate(n * 2 + 16), false);
        return !result.isError();
    }

    /** In UTF-16 and UTF-32, NUL bytes are normal. */
    private static boolean asciiCompatible(Charset charset) {
        String name = charset.name().toUpperCase(java.util.Locale.ROOT);
        return !name.startsWith("UTF-16") && !name.startsWith("UTF-32");
    }

    private static Optional<Diagnostic> firstBadByte(String path, ByteBuffer input, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Room for two chars a byte: no charset yields more, so the decoder stops only at the end or an error.
        CharBuffer out = CharBuffer.allocate(input.remaining() * 2 + 16);
        CoderResult result = decoder.decode(input, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return Optional.empty();
        }
        out.flip();
        int line = 1;
        int column = 1;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (c != '\uFEFF' || i > 0) {
                column++;
            }
        }
        return Optional.of(new Diagnostic(path, line, column, "bytes that are not valid " + charset.name()
                + " (first at byte offset " + input.position() + "): replaced by U+FFFD for linting; check the file's encoding"));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads a whole file in a given charset for small side files ({@code .conf}); empty on bad bytes. */
    static Optional<String> decodeStrict(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
