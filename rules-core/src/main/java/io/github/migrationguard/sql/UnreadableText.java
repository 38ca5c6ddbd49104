package io.github.migrationguard.sql;

import java.util.List;
import java.util.Optional;

/**
 * Text that no frontend should try to read: lexer errors, template placeholders ({@code {{ x }}},
 * {@code {% if %}}), psql meta-commands. Checked first so the reason names the real cause instead of
 * the first token a reader trips on.
 */
final class UnreadableText {

    private UnreadableText() {
    }

    /** Why the statement cannot be read, or empty when it may be. */
    static Optional<String> reason(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return Optional.of("empty statement");
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            // Also inside a quoted name: "{{ index .Options "Namespace" }}" lexes as odd quoted identifiers.
            // a template action that yields a value stands for a name; control actions and other template
            // languages leave the statement's shape unknown
            boolean template = (t.type() == TokenType.TEMPLATE && !t.isTemplateValue()) || t.text().startsWith("{%")
                    || (t.type() == TokenType.QUOTED_IDENT && t.text().contains("{{"))
                    || (t.text().equals("{") && next != null && (next.text().startsWith("{") || next.text().startsWith("%")));
            if (template) {
                return Optional.of("template syntax `" + (t.text().startsWith("{%") || (next != null
                        && next.text().startsWith("%")) ? "{%" : "{{") + "` is not SQL (line " + t.line() + ", column "
                        + t.column() + ")");
            }
        }
        Token first = tokens.get(0);
        if (first.text().startsWith("\\")) {
            return Optional.of("psql meta-command " + first.text() + " is not SQL");
        }
        for (Token t : tokens) {
            if (t.type() == TokenType.ERROR) {
                return Optional.of("the text cannot be read as SQL from line " + t.line() + ", column " + t.column()
                        + " (unterminated quote or comment?)");
            }
        }
        return Optional.empty();
    }
}
