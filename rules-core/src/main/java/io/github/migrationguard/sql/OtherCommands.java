package io.github.migrationguard.sql;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Statements recognised by their leading words and kept as {@link Statement.Other}: the command
 * is normalised ({@code CREATE OR REPLACE TEMP VIEW} is {@code CREATE VIEW}), and for the commands
 * that lock a table (triggers, policies, rules, statistics, comments, {@code CREATE OR REPLACE VIEW})
 * the table and the lock are read too.
 */
final class OtherCommands {

    private static final LockMode AEL = LockMode.ACCESS_EXCLUSIVE;

    /** Single-word commands that are kept as they are. */
    private static final List<String> PLAIN = List.of(
            "grant", "revoke", "call", "explain", "notify", "listen", "unlisten", "checkpoint", "load", "prepare",
            "execute", "deallocate", "declare", "fetch", "move", "close", "show", "merge", "reassign", "values");

    private OtherCommands() {
    }

    /**
     * {@code CREATE …} of an object without a model of its own. The cursor stands after {@code CREATE}
     * and any {@code OR REPLACE}; {@code orReplace} says whether it was written.
     */
    static Statement create(TokenCursor c, boolean orReplace) {
        while (c.isAny("temp", "temporary", "unlogged", "global", "local", "recursive", "trusted", "procedural",
                "default", "constraint")) {
            c.next();
        }
        String kind = ObjectKinds.read(c);
        String command = "CREATE " + kind;
        switch (kind) {
            case "TRIGGER":
                return onTable(c, command, "on", LockMode.SHARE_ROW_EXCLUSIVE);
            case "POLICY":
                return onTable(c, command, "on", AEL);
            case "RULE":
                return onTable(c, command, "to", AEL);
            case "STATISTICS":
                return onTable(c, command, "from", LockMode.SHARE_UPDATE_EXCLUSIVE);
            case "VIEW":
            case "MATERIALIZED VIEW":
            case "SEQUENCE":
            case "FOREIGN TABLE":
                // The relation created (replaced views are locked): the catalog tracks relations alike.
                c.accept("if", "not", "exists");
                QualifiedName name = c.qualifiedName();
                Optional<LockMode> lock = orReplace && kind.equals("VIEW") ? Optional.of(AEL) : Optional.empty();
                return new Statement.Other(command, Optional.of(name), lock);
            case "SCHEMA":
            case "TYPE":
                // What a later DROP … CASCADE of it is judged by: created earlier in the migration or not.
                c.accept("if", "not", "exists");
                if (kind.equals("SCHEMA") && c.is("authorization")) {
                    return Statement.Other.of(command);
                }
                return new Statement.Other(command, Optional.of(c.qualifiedName()), Optional.empty());
            default:
                return Statement.Other.of(command);
        }
    }

    /** {@code ALTER …} of an object without a model of its own; the cursor stands after {@code ALTER}. */
    static Statement alter(TokenCursor c) {
        String kind = ObjectKinds.read(c);
        String command = "ALTER " + kind;
        switch (kind) {
            case "POLICY":
            case "TRIGGER":
                return onTable(c, command, "on", AEL);
            case "DOMAIN":
                return DomainReader.alter(c);
            default:
                c.skipToEnd();
                return Statement.Other.of(command);
        }
    }

    /** {@code COMMENT ON kind name … IS '…'}; the cursor stands after {@code COMMENT ON}. */
    static Statement comment(TokenCursor c) {
        String kind = ObjectKinds.read(c);
        Optional<QualifiedName> target = Optional.empty();
        LockMode lock = LockMode.SHARE_UPDATE_EXCLUSIVE;
        switch (kind) {
            case "TABLE":
            case "VIEW":
            case "MATERIALIZED VIEW":
            case "FOREIGN TABLE":
            case "INDEX":
            case "SEQUENCE":
                target = Optional.of(c.qualifiedName());
                break;
            case "COLUMN":
                List<String> parts = c.dottedName();
                int n = parts.size();
                if (n >= 2) {
                    target = Optional.of(n == 2 ? QualifiedName.of(parts.get(0))
                            : new QualifiedName(parts.get(n - 3), parts.get(n - 2)));
                }
                break;
            case "CONSTRAINT":
            case "TRIGGER":
            case "POLICY":
            case "RULE":
                c.identifier();
                c.expect("on");
                if (!c.is("domain")) {
                    target = Optional.of(c.qualifiedName());
                    lock = LockMode.ACCESS_SHARE;
                }
                break;
            default:
                break;
        }
        c.skipToEnd();
        return new Statement.Other("COMMENT ON", target, target.isPresent() ? Optional.of(lock) : Optional.empty());
    }

    /**
     * Commands that stand alone ({@code GRANT}, {@code DISCARD ALL}, {@code ALTER SYSTEM} is in {@link #alter}),
     * or empty when the statement does not start with one.
     */
    static Optional<Statement> plain(TokenCursor c) {
        Token first = c.peek();
        if (c.accept("discard")) {
            String what = c.atEnd() ? "" : " " + c.next().text().toUpperCase(Locale.ROOT);
            return Optional.of(Statement.Other.of("DISCARD" + what));
        }
        if (c.accept("security", "label")) {
            return Optional.of(Statement.Other.of("SECURITY LABEL"));
        }
        if (c.accept("import", "foreign", "schema")) {
            return Optional.of(Statement.Other.of("IMPORT FOREIGN SCHEMA"));
        }
        if (c.accept("reassign", "owned")) {
            return Optional.of(Statement.Other.of("REASSIGN OWNED"));
        }
        if (first.type() == TokenType.WORD && PLAIN.contains(first.value())) {
            return Optional.of(Statement.Other.of(first.value().toUpperCase(Locale.ROOT)));
        }
        return Optional.empty();
    }

    /** {@code … name … <keyword> table}: the table follows the first top-level {@code keyword}. */
    private static Statement onTable(TokenCursor c, String command, String keyword, LockMode lock) {
        while (!c.atEnd() && !c.is(keyword)) {
            c.skipItem();
        }
        c.expect(keyword);
        c.accept("only");
        QualifiedName table = c.qualifiedName();
        c.skipToEnd();
        return new Statement.Other(command, Optional.of(table), Optional.of(lock));
    }
}
