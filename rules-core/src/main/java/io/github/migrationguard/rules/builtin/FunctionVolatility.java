package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.schema.Catalog;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a function called in a column default is evaluated once ({@code STABLE}/{@code IMMUTABLE}:
 * PostgreSQL 11+ stores the value and rewrites nothing) or per row ({@code VOLATILE}: a rewrite).
 * Built-ins are known, and functions the replayed migrations created as declared; anything else may be volatile.
 */
enum FunctionVolatility {
    VOLATILE, NOT_VOLATILE, UNKNOWN;

    private static final Set<String> VOLATILE_BUILTINS = Set.of("random", "random_normal", "gen_random_uuid",
            "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7", "clock_timestamp",
            "timeofday", "nextval", "setval", "currval", "lastval", "setseed", "txid_current", "pg_current_xact_id");

    /** Stable or immutable built-ins commonly seen in defaults; SQL value functions are included by name. */
    private static final Set<String> NOT_VOLATILE_BUILTINS = Set.of("now", "current_timestamp", "current_date",
            "current_time", "localtime", "localtimestamp", "transaction_timestamp", "statement_timestamp",
            "current_user", "session_user", "user", "current_role", "current_schema", "current_database",
            "current_setting", "to_timestamp", "to_date", "to_char", "to_number", "date_trunc", "make_date",
            "make_time", "make_timestamp", "make_timestamptz", "make_interval", "lower", "upper", "trim", "btrim",
            "ltrim", "rtrim", "length", "concat", "concat_ws", "substring", "replace", "coalesce", "nullif",
            "greatest", "least", "abs", "round", "floor", "ceil", "array", "array_fill", "jsonb_build_object",
            "jsonb_build_array", "json_build_object", "json_build_array", "to_jsonb", "to_json", "md5",
            "extract", "date_part", "age", "timezone", "cast");

    /** As {@link #of(String)}, and a function the migrations created is as volatile as it was declared. */
    static FunctionVolatility of(String function, Catalog catalog) {
        FunctionVolatility builtin = of(function);
        if (builtin != UNKNOWN) {
            return builtin;
        }
        return catalog.functionVolatility(QualifiedName.parse(function))
                .map(v -> v.equals("volatile") ? VOLATILE : NOT_VOLATILE).orElse(UNKNOWN);
    }

    static FunctionVolatility of(String function) {
        String name = function.toLowerCase(Locale.ROOT);
        String unqualified = name.startsWith("pg_catalog.") ? name.substring("pg_catalog.".length()) : name;
        // Extensions' volatile functions are often called schema-qualified (extensions.uuid_generate_v4).
        if (VOLATILE_BUILTINS.contains(name.substring(name.lastIndexOf('.') + 1))) {
            return VOLATILE;
        }
        if (NOT_VOLATILE_BUILTINS.contains(unqualified)) {
            return NOT_VOLATILE;
        }
        return UNKNOWN;
    }
}
