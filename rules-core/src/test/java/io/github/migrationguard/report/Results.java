package io.github.migrationguard.report;

import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.source.MigrationScript;

import java.util.List;

/** Small real lint results for the report tests: a few unsafe migrations like the invoker example's. */
final class Results {

    static final String CREATE = "CREATE TABLE orders (id bigint PRIMARY KEY, status text, code text, note text);\n";
    static final String INDEX = "-- index the status\nCREATE INDEX orders_status_idx ON orders (status);\n";
    static final String CHECK = "ALTER TABLE orders ADD CONSTRAINT orders_status_check CHECK (status <> '');\n";
    static final String DROP = "ALTER TABLE orders DROP COLUMN code;\n";

    private Results() {
    }

    static LintResult unsafe() {
        return lint(List.of(
                MigrationScript.plain("db/V1__create_orders.sql", CREATE),
                MigrationScript.plain("db/V2__add_index.sql", INDEX),
                MigrationScript.plain("db/V3__constrain \"status\", <now>.sql", CHECK),
                MigrationScript.plain("db/V4__drop_code.sql", DROP)));
    }

    static LintResult lint(List<MigrationScript> scripts) {
        return new Engine(EngineConfig.defaults()).lint(scripts, List.of());
    }

    static ReportContext context() {
        return ReportContext.of(RuleRegistry.builtin(), "1.2.3");
    }
}
