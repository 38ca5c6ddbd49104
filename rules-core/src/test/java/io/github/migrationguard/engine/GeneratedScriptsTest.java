package io.github.migrationguard.engine;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.MigrationVersion;
import io.github.migrationguard.source.ScriptKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Seeded random migration sets through the whole engine, every built-in rule on: the readers are fuzzed
 * alone in {@code GeneratedInputTest}; here the catalog replay, the transaction analysis and the rules see
 * statements about the same tables across scripts, half-broken. No rule may fail, nothing may escape or
 * hang, and every finding points into its own script.
 */
class GeneratedScriptsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static final List<String> STATEMENTS = List.of(
            "CREATE TABLE t (id bigint PRIMARY KEY, a int, s mood, p bigint REFERENCES p (id));",
            "CREATE TABLE p (id bigint PRIMARY KEY);",
            "CREATE TYPE mood AS ENUM ('a', 'b');",
            "ALTER TYPE mood ADD VALUE 'c';",
            "UPDATE t SET s = 'c' WHERE id BETWEEN 1 AND 10;",
            "ALTER TABLE t ADD COLUMN b int NOT NULL DEFAULT 0, ALTER COLUMN a TYPE bigint;",
            "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;",
            "ALTER TABLE t VALIDATE CONSTRAINT c;",
            "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (p) REFERENCES p (id);",
            "ALTER TABLE t RENAME TO t2;", "ALTER TABLE t2 RENAME TO t;", "ALTER TABLE t RENAME COLUMN a TO a2;",
            "ALTER TABLE t DROP COLUMN a CASCADE;", "DROP TABLE p CASCADE;", "DROP TABLE IF EXISTS t;",
            "CREATE INDEX CONCURRENTLY i ON t (a);", "CREATE UNIQUE INDEX i2 ON t (a) WHERE a > 0;",
            "DROP INDEX i;", "REINDEX TABLE t;", "VACUUM FULL t;", "LOCK TABLE t;", "TRUNCATE t CASCADE;",
            "SET lock_timeout = '5s';", "SET statement_timeout = 0;", "BEGIN;", "COMMIT;", "ROLLBACK;",
            "DO $$ BEGIN UPDATE t SET a = 1; COMMIT; END $$;",
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM t; RETURN NEW; END $$;",
            "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();",
            "ALTER TABLE t DISABLE TRIGGER ALL;", "CREATE VIEW v AS SELECT * FROM t;",
            "CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;", "REFRESH MATERIALIZED VIEW mv;",
            "CREATE TABLE part (id bigint, k int) PARTITION BY RANGE (k);",
            "CREATE TABLE part1 PARTITION OF part FOR VALUES FROM (1) TO (10);",
            "ALTER TABLE part DETACH PARTITION part1;", "INSERT INTO t (id, a) SELECT id, a FROM t2;",
            "DELETE FROM t WHERE a IS NULL;", "COPY t (id) FROM STDIN;\n1\n\\.\n", "ALTER TABLE t OWNER TO x;",
            "ALTER TABLE t ENABLE ROW LEVEL SECURITY;", "CREATE POLICY pol ON t USING (true);",
            "-- migration-guard:ignore drop-table -- reason\n", "-- migration-guard:ignore-file lock-timeout -- why\n",
            "GRANT SELECT ON t TO x;", "COMMENT ON TABLE t IS 'x';", "ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0);",
            "CREATE DOMAIN d AS int;", "ALTER TABLE t SET (fillfactor = 70);", "CLUSTER t USING i;");

    private static final List<String> NOISE = List.of("(", ")", ",", ";", "'", "$$", "/*", "*/", "--", "\n", " t ",
            " NOT ", " ONLY ", " CONCURRENTLY ", " IF EXISTS ", " CASCADE ", "\"T\"", "::", "{{", "${x}", "\0", "é");

    @Test
    void randomMigrationSetsThroughEveryRule() {
        Random random = new Random(20261205L);
        Engine engine = new Engine(EngineConfig.defaults(), RuleRegistry.builtin());
        for (int set = 0; set < 400; set++) {
            List<MigrationScript> scripts = new ArrayList<>();
            int files = 1 + random.nextInt(4);
            for (int f = 0; f < files; f++) {
                scripts.add(script(f + 1, text(random)));
            }
            List<MigrationScript> input = List.copyOf(scripts);
            LintResult result = assertTimeoutPreemptively(HANG_GUARD, () -> engine.lint(input, List.of()),
                    () -> "input: " + input.stream().map(MigrationScript::text).toList());
            check(input, result);
        }
    }

    private static String text(Random random) {
        StringBuilder sql = new StringBuilder();
        int statements = 1 + random.nextInt(8);
        for (int s = 0; s < statements; s++) {
            sql.append(STATEMENTS.get(random.nextInt(STATEMENTS.size()))).append(random.nextBoolean() ? "\n" : "\r\n");
        }
        int noise = random.nextInt(3);
        for (int n = 0; n < noise; n++) {
            sql.insert(random.nextInt(sql.length() + 1), NOISE.get(random.nextInt(NOISE.size())));
        }
        return sql.toString();
    }

    private static MigrationScript script(int version, String text) {
        return new MigrationScript("db/V" + version + "__g.sql", ScriptKind.VERSIONED,
                Optional.of(MigrationVersion.parse(Integer.toString(version))), "g", text, Optional.empty());
    }

    private static void check(List<MigrationScript> scripts, LintResult result) {
        Map<String, Long> lines = new java.util.HashMap<>();
        scripts.forEach(s -> lines.put(s.path(), s.text().lines().count() + 1));
        String input = scripts.stream().map(MigrationScript::text).toList().toString();
        assertThat(result.diagnostics()).as(input).extracting(Diagnostic::message)
                .noneMatch(m -> m.contains("failed and was skipped"));
        for (Finding f : result.findings()) {
            assertThat(lines).as(input).containsKey(f.file());
            assertThat((long) f.range().line()).as(input).isBetween(1L, lines.get(f.file()));
            assertThat(f.range().endLine()).as(input).isGreaterThanOrEqualTo(f.range().line());
            assertThat(f.message()).as(input).isNotBlank();
        }
        for (Diagnostic d : result.diagnostics()) {
            assertThat((long) d.line()).as(input).isBetween(0L, lines.getOrDefault(d.file(), Long.MAX_VALUE));
        }
    }
}
