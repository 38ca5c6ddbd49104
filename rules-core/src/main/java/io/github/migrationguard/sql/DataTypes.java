package io.github.migrationguard.sql;

import io.github.migrationguard.model.DataType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a column type from tokens and gives it PostgreSQL's canonical name, so that rules compare
 * {@code int4} and {@code INTEGER} alike. Serial pseudo-types become their integer type and are
 * reported through {@link TypeRead#serial()}.
 */
final class DataTypes {

    /** A type as read, with whether it was written as a serial pseudo-type. */
    record TypeRead(DataType type, boolean serial) {
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
            Map.entry("serial", "integer"), Map.entry("serial4", "integer"),
            Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"),
            Map.entry("smallserial", "smallint"), Map.entry("serial2", "smallint"),
            Map.entry("varchar", "varchar"), Map.entry("char", "char"), Map.entry("bpchar", "char"),
            Map.entry("character", "char"), Map.entry("nchar", "char"),
            Map.entry("timestamp", "timestamp"), Map.entry("timestamptz", "timestamptz"),
            Map.entry("time", "time"), Map.entry("timetz", "timetz"),
            Map.entry("float8", "double precision"), Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("varbit", "varbit"), Map.entry("bit", "bit"));

    private static final List<String> SERIALS =
            List.of("serial", "serial4", "bigserial", "serial8", "smallserial", "serial2");

    private static final List<String> INTERVAL_FIELDS = List.of("year", "month", "day", "hour", "minute", "second");

    private DataTypes() {
    }

    /** Reads a type at the cursor: name, modifiers, array suffixes. */
    static TypeRead read(TokenCursor c) {
        int start = c.position();
        Token first = c.peek();
        if (first == null || !first.isIdentifier()) {
            throw c.failure("expected a type");
        }
        List<String> parts = c.dottedName();
        boolean quoted = first.type() == TokenType.QUOTED_IDENT;
        if (parts.size() > 1 && parts.get(parts.size() - 2).equals("pg_catalog")) {
            parts = List.of(parts.get(parts.size() - 1));
        }
        boolean builtin = parts.size() == 1 && !quoted;
        String raw = parts.get(parts.size() - 1);
        String name = builtin ? multiWordName(c, raw) : String.join(".", parts);
        List<String> modifiers = modifiers(c);
        if (builtin && (name.equals("timestamp") || name.equals("time"))) {
            name = timeZoneSuffix(c, name);
        }
        if (builtin && name.equals("interval")) {
            skipIntervalFields(c);
            if (modifiers.isEmpty()) {
                modifiers = modifiers(c);
            }
        }
        if (builtin && name.equals("float")) {
            name = floatPrecision(modifiers);
            modifiers = List.of();
        }
        int arrayDims = arrayDims(c);
        DataType type = new DataType(name, modifiers, arrayDims, c.text(start, c.position()));
        return new TypeRead(type, builtin && SERIALS.contains(raw));
    }

    /** The canonical name of a single-word or multi-word built-in type starting with {@code first}. */
    private static String multiWordName(TokenCursor c, String first) {
        switch (first) {
            case "double":
                c.accept("precision");
                return "double precision";
            case "character":
            case "char":
            case "nchar":
                return c.accept("varying") ? "varchar" : "char";
            case "national":
                c.accept("character");
                c.accept("char");
                return c.accept("varying") ? "varchar" : "char";
            case "bit":
                return c.accept("varying") ? "varbit" : "bit";
            default:
                return ALIASES.getOrDefault(first, first);
        }
    }

    private static String timeZoneSuffix(TokenCursor c, String name) {
        if (c.accept("with", "time", "zone")) {
            return name + "tz";
        }
        c.accept("without", "time", "zone");
        return name;
    }

    private static void skipIntervalFields(TokenCursor c) {
        while (c.peek() != null && c.peek().type() == TokenType.WORD
                && (INTERVAL_FIELDS.contains(c.peek().value()) || c.peek().is("to"))) {
            c.next();
        }
    }

    /** {@code float(p)}: up to 24 bits of precision is {@code real}, otherwise {@code double precision}. */
    private static String floatPrecision(List<String> modifiers) {
        if (modifiers.size() == 1) {
            try {
                return Integer.parseInt(modifiers.get(0).trim()) <= 24 ? "real" : "double precision";
            } catch (NumberFormatException e) {
                return "double precision";
            }
        }
        return "double precision";
    }

    private static List<String> modifiers(TokenCursor c) {
        if (!c.acceptSymbol("(")) {
            return List.of();
        }
        List<String> modifiers = new ArrayList<>(2);
        int itemStart = c.position();
        while (!c.isSymbol(")")) {
            if (c.isSymbol(",")) {
                modifiers.add(c.text(itemStart, c.position()));
                c.next();
                itemStart = c.position();
            } else {
                c.skipItem();
            }
        }
        modifiers.add(c.text(itemStart, c.position()));
        c.expectSymbol(")");
        return modifiers;
    }

    private static int arrayDims(TokenCursor c) {
        int dims = 0;
        while (true) {
            if (c.isSymbol("[")) {
                c.skipItem();
                dims++;
            } else if (c.is("array")) {
                c.next();
                if (c.isSymbol("[")) {
                    c.skipItem();
                }
                dims++;
            } else {
                return dims;
            }
        }
    }
}
