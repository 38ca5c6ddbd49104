package io.github.migrationguard.report;

/** Escaping for the XML reports, in one place: markup characters, and characters XML 1.0 cannot hold at all. */
final class Xml {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private Xml() {
    }

    /** Text for an attribute value in double quotes or for element content. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append("&#9;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c) && !pairAt(s, i)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Element content, as one CDATA section: line breaks and tabs stay as written, and consumers that read
     * text in SAX chunks and trim each one (Maven Surefire's JUnit parser) cannot lose the spaces next to
     * what would otherwise be {@code &amp;} or {@code &lt;}. A {@code ]]>} inside is split across two sections.
     */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                continue;
            }
            boolean allowed = c == '\n' || c == '\t' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                    && (!Character.isSurrogate(c) || pairAt(s, i));
            b.append(allowed ? c : '\uFFFD');
        }
        return "<![CDATA[" + b.toString().replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static boolean pairAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
