package io.github.migrationguard.json;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer, pretty-printed with two-space indents, so rules-core needs no JSON
 * library for its reports and baseline. Calls must nest properly ({@code name} before each value in an
 * object); misuse is a programming error and throws {@link IllegalStateException}.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder(4096);
    /** One entry per open object or array: true while it has no member yet. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        open.push(new boolean[] {true});
        return this;
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        open.push(new boolean[] {true});
        return this;
    }

    public JsonWriter endArray() {
        return close(']');
    }

    public JsonWriter name(String name) {
        if (open.isEmpty() || afterName) {
            throw new IllegalStateException("name() outside an object: " + name);
        }
        newMember();
        out.append(string(name)).append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) {
        beforeValue();
        out.append(value == null ? "null" : string(value));
        return this;
    }

    public JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    public JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /** {@code name} and a string value, skipped when the value is null. */
    public JsonWriter optional(String name, String value) {
        return value == null ? this : name(name).value(value);
    }

    @Override
    public String toString() {
        return out + "\n";
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
        } else if (!open.isEmpty()) {
            newMember();
        }
    }

    private void newMember() {
        boolean[] first = open.peek();
        if (!first[0]) {
            out.append(',');
        }
        first[0] = false;
        indent(open.size());
    }

    private JsonWriter close(char bracket) {
        boolean[] first = open.pop();
        if (!first[0]) {
            indent(open.size());
        }
        out.append(bracket);
        return this;
    }

    private void indent(int depth) {
        out.append('\n');
        out.append("  ".repeat(depth));
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped, lone surrogates as \\u escapes. */
    public static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
