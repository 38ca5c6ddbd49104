package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.MigrationVersion;
import io.github.migrationguard.source.Placeholders;
import io.github.migrationguard.source.Runner;
import io.github.migrationguard.source.ScriptKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages and fixes of the transaction and schema-design rules that examples alone cannot pin down. */
class TransactionsAndDesignAuditTest {

    private static List<Finding> lint(String ruleId, String sql) {
        return lint(ruleId, MigrationScript.plain("V2__change.sql", sql));
    }

    private static List<Finding> lint(String ruleId, MigrationScript script) {
        return new Engine(EngineConfig.defaults()).lint(List.of(script), List.of()).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void bpcharWithoutALengthIsNotCharOne() {
        assertThat(lint("ban-char", "CREATE TABLE codes (id bigint PRIMARY KEY, code bpchar, flag char);"))
                .satisfiesExactly(
                        f -> {
                            assertThat(f.message()).contains("`bpchar`", "any length").doesNotContain("1 character");
                            assertThat(f.fix()).endsWith("code text");
                        },
                        f -> {
                            assertThat(f.message()).contains("blank-padded to 1 character");
                            assertThat(f.fix()).endsWith("flag varchar(1)");
                        });
    }

    private static MigrationScript under(Runner runner, String sql) {
        return new MigrationScript("1_change.up.sql", ScriptKind.VERSIONED, Optional.of(MigrationVersion.parse("1")),
                "change", sql, Optional.empty(), runner, runner != Runner.FLYWAY);
    }

    @Test
    void anOpenTransactionIsLeftToTheRunnerThatRunsTheScript() {
        String sql = "BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD COLUMN tag text;\n";
        assertThat(lint("uncommitted-transaction", under(Runner.GOLANG_MIGRATE, sql))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("still open when golang-migrate has sent the script")
                        .doesNotContain("Flyway"));
        assertThat(lint("uncommitted-transaction", under(Runner.DIESEL, sql))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("diesel commits it with its own transaction"));
        assertThat(lint("uncommitted-transaction", under(Runner.FLYWAY, sql))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Flyway commits it at the end anyway"));
    }

    @Test
    void anUnknownNameInFlywaysOwnNamespaceIsCorrectedNotConfigured() {
        String sql = "CREATE TABLE ${flyway:defaultschema}.log (id bigint PRIMARY KEY, at text DEFAULT '${flyway:time}');";
        Placeholders.Replaced replaced = Placeholders.forScript(FlywaySettings.defaults(), "V1__log.sql", "")
                .replace("V1__log.sql", sql);
        MigrationScript script = new MigrationScript("V1__log.sql", ScriptKind.VERSIONED,
                Optional.of(MigrationVersion.parse("1")), "log", replaced.text(), Optional.empty());
        List<Finding> found = new Engine(EngineConfig.defaults()).lint(List.of(script), List.of(), replaced.unresolved())
                .findings().stream().filter(f -> f.ruleId().equals("flyway-unknown-placeholder")).toList();

        assertThat(found).singleElement().satisfies(f -> assertThat(f.fix())
                .contains("'flyway:time' is in Flyway's own namespace", "flyway:timestamp", "Correct the name")
                .doesNotContain("flyway.placeholders."));
    }

    @Test
    void aChainOutsideAnyTransactionBlockOpensNothing() {
        // PostgreSQL rejects it ("can only be used in transaction blocks"); it leaves no transaction open
        MigrationScript script = new MigrationScript("V3__x.sql", ScriptKind.VERSIONED,
                Optional.of(MigrationVersion.parse("3")), "x",
                "ALTER TABLE orders ADD COLUMN status text;\nCOMMIT AND CHAIN;\nALTER TABLE orders ADD COLUMN note text;\n",
                Optional.of(false));

        assertThat(lint("uncommitted-transaction", script)).isEmpty();
    }
}
