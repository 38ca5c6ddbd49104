package io.github.migrationguard.report;

import java.nio.charset.StandardCharsets;

/** A reported path as a relative URI reference: '/'-separated, anything but unreserved characters percent-encoded. */
final class Uris {

    private Uris() {
    }

    static String relative(String path) {
        StringBuilder b = new StringBuilder();
        for (byte raw : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            int c = raw & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }
}
