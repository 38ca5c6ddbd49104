package io.github.migrationguard.sql;

import io.github.migrationguard.model.Statement;

import java.util.List;
import java.util.Optional;

/**
 * {@code SET [SESSION|LOCAL] name {TO|=} value}, {@code RESET name} and
 * {@code SELECT set_config('name', 'value', is_local)}: the settings rules look for
 * ({@code lock_timeout}, {@code statement_timeout}, {@code search_path}).
 */
final class SettingReader {

    private SettingReader() {
    }

    /** The cursor stands after {@code SET}. */
    static Statement set(TokenCursor c) {
        boolean local = c.accept("local");
        boolean session = !local && c.accept("session");
        if (session && c.accept("authorization")) {
            c.skipToEnd();
            return Statement.Other.of("SET SESSION AUTHORIZATION");
        }
        if (session && c.accept("characteristics")) {
            c.skipToEnd();
            return Statement.Other.of("SET SESSION CHARACTERISTICS");
        }
        for (String command : List.of("role", "constraints", "transaction")) {
            if (c.accept(command)) {
                c.skipToEnd();
                return Statement.Other.of("SET " + command.toUpperCase(java.util.Locale.ROOT));
            }
        }
        String name;
        if (c.accept("time", "zone")) {
            name = "timezone";
        } else {
            name = String.join(".", c.dottedName());
            if (!c.acceptSymbol("=") && !c.accept("to")) {
                throw c.failure("SET " + name + ": expected TO or =");
            }
        }
        if (c.accept("default") && c.atEnd()) {
            return new Statement.SetSetting(name, Optional.empty(), local);
        }
        return new Statement.SetSetting(name, Optional.of(value(c)), local);
    }

    /** The value as PostgreSQL would see it: a single literal unquoted, a list as written. */
    private static String value(TokenCursor c) {
        int start = c.position();
        if (c.atEnd()) {
            throw c.failure("SET without a value");
        }
        c.skipToEnd();
        List<Token> tokens = c.tokensFrom(start);
        if (tokens.size() == 1) {
            return tokens.get(0).value();
        }
        return c.text(start, c.position());
    }

    /** The cursor stands after {@code RESET}. */
    static Statement reset(TokenCursor c) {
        String name = c.accept("time", "zone") ? "timezone" : String.join(".", c.dottedName());
        c.expectEnd();
        return new Statement.SetSetting(name, Optional.empty(), false);
    }

    /**
     * {@code SELECT [pg_catalog.]set_config('name', 'value', true|false) [AS alias]}, or empty when the
     * statement is any other query. The cursor stands at {@code SELECT}; it is left there when empty.
     */
    static Optional<Statement> setConfig(TokenCursor c) {
        int start = c.position();
        c.expect("select");
        if (c.is("pg_catalog") && c.peek(1) != null && c.peek(1).isSymbol(".")) {
            c.next();
            c.next();
        }
        if (!c.accept("set_config") || !c.acceptSymbol("(")) {
            c.reset(start);
            return Optional.empty();
        }
        Token name = c.next();
        Token value = c.acceptSymbol(",") ? c.next() : null;
        Token isLocal = c.acceptSymbol(",") ? c.next() : null;
        boolean shaped = name.type() == TokenType.STRING && value != null && isLocal != null
                && (value.type() == TokenType.STRING || value.type() == TokenType.NUMBER)
                && (isLocal.is("true") || isLocal.is("false")) && c.acceptSymbol(")");
        if (shaped && c.accept("as")) {
            c.identifier();
        }
        if (!shaped || !c.atEnd()) {
            c.reset(start);
            return Optional.empty();
        }
        return Optional.of(new Statement.SetSetting(name.value().toLowerCase(java.util.Locale.ROOT),
                Optional.of(value.value()), isLocal.is("true")));
    }
}
