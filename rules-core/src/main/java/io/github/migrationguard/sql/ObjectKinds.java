package io.github.migrationguard.sql;

import java.util.List;

/**
 * The object types PostgreSQL's {@code CREATE}/{@code ALTER}/{@code DROP}/{@code COMMENT ON} name,
 * longest phrases first so that {@code MATERIALIZED VIEW} wins over {@code VIEW}.
 */
final class ObjectKinds {

    private static final List<String[]> PHRASES = List.of(
            words("TEXT SEARCH CONFIGURATION"), words("TEXT SEARCH DICTIONARY"), words("TEXT SEARCH PARSER"),
            words("TEXT SEARCH TEMPLATE"), words("FOREIGN DATA WRAPPER"),
            words("MATERIALIZED VIEW"), words("FOREIGN TABLE"), words("EVENT TRIGGER"), words("OPERATOR CLASS"),
            words("OPERATOR FAMILY"), words("USER MAPPING"), words("ACCESS METHOD"), words("DEFAULT PRIVILEGES"),
            words("LARGE OBJECT"), words("PROCEDURAL LANGUAGE"),
            words("TABLE"), words("VIEW"), words("INDEX"), words("SEQUENCE"), words("EXTENSION"), words("TYPE"),
            words("DOMAIN"), words("SCHEMA"), words("TRIGGER"), words("POLICY"), words("RULE"), words("ROLE"),
            words("USER"), words("GROUP"), words("DATABASE"), words("TABLESPACE"), words("SUBSCRIPTION"),
            words("PUBLICATION"), words("STATISTICS"), words("AGGREGATE"), words("OPERATOR"), words("CAST"),
            words("COLLATION"), words("CONVERSION"), words("LANGUAGE"), words("SERVER"), words("TRANSFORM"),
            words("FUNCTION"), words("PROCEDURE"), words("ROUTINE"), words("COLUMN"), words("CONSTRAINT"),
            words("SYSTEM"));

    private ObjectKinds() {
    }

    private static String[] words(String phrase) {
        return phrase.split(" ");
    }

    /** Consumes an object type phrase and returns it upper case, single-spaced; fails when none comes next. */
    static String read(TokenCursor c) {
        for (String[] phrase : PHRASES) {
            if (c.accept(phrase)) {
                return String.join(" ", phrase);
            }
        }
        throw c.failure("object type not understood");
    }
}
