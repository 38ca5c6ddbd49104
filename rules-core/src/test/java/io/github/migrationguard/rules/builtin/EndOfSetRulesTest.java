package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.rules.RuleSettings;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.MigrationVersion;
import io.github.migrationguard.source.ScriptKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules decided at the end of the set, over several migrations: what a later migration does counts,
 * and a finding lands in the file of the statement it names.
 */
class EndOfSetRulesTest {

    private final List<MigrationScript> scripts = new ArrayList<>();

    private EndOfSetRulesTest migration(String sql) {
        String version = String.valueOf(scripts.size() + 1);
        String name = "V" + version + "__m.sql";
        scripts.add(new MigrationScript("db/migration/" + name, ScriptKind.VERSIONED,
                Optional.of(MigrationVersion.parse(version)), name, sql, Optional.empty()));
        return this;
    }

    private List<String> findings(String ruleId, RuleSettings settings) {
        List<Finding> all = new Engine(EngineConfig.defaults().withSettings(settings)).lint(scripts, List.of()).findings();
        return all.stream().filter(f -> f.ruleId().equals(ruleId))
                .map(f -> f.file() + ":" + f.range().line()).toList();
    }

    private List<String> findings(String ruleId) {
        return findings(ruleId, RuleSettings.DEFAULTS);
    }

    @Test
    void foreignKeyIndexedByALaterMigrationIsNotFlagged() {
        migration("CREATE TABLE orders (\n  id bigint PRIMARY KEY,\n  customer_id bigint REFERENCES customers (id)\n);")
                .migration("CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);");

        assertThat(findings("foreign-key-without-index")).isEmpty();
    }

    @Test
    void foreignKeyWithoutIndexIsReportedOnceInTheFileThatAddedIt() {
        migration("CREATE TABLE orders (id bigint PRIMARY KEY);")
                .migration("SELECT 1;\nALTER TABLE orders ADD COLUMN customer_id bigint REFERENCES customers (id);")
                .migration("CREATE INDEX orders_created_idx ON orders (id);");

        assertThat(findings("foreign-key-without-index")).containsExactly("db/migration/V2__m.sql:2");
    }

    @Test
    void foreignKeyFollowsARenamedTable() {
        migration("CREATE TABLE order_items (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));")
                .migration("ALTER TABLE order_items RENAME TO order_lines;")
                .migration("CREATE INDEX order_lines_order_idx ON order_lines (order_id);");

        assertThat(findings("foreign-key-without-index")).isEmpty();
    }

    @Test
    void integerKeyWidenedInALaterMigrationIsNotFlaggedButOneLeftNarrowIs() {
        migration("CREATE TABLE customers (\n  id serial PRIMARY KEY\n);\nCREATE TABLE tags (\n  id integer PRIMARY KEY\n);")
                .migration("ALTER TABLE customers ALTER COLUMN id TYPE bigint;");

        // on the column's definition, not on its CREATE TABLE
        assertThat(findings("prefer-bigint-keys")).containsExactly("db/migration/V1__m.sql:5");
    }

    @Test
    void policyAddedInALaterMigrationSatisfiesTheTenantRule() {
        migration("CREATE TABLE invoices (id bigint PRIMARY KEY, tenant_id bigint NOT NULL);")
                .migration("ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;\n"
                        + "CREATE POLICY invoices_tenant ON invoices USING (tenant_id = current_setting('app.tenant')::bigint);");

        assertThat(findings("tenant-table-without-rls")).isEmpty();
    }

    @Test
    void tenantColumnsComeFromTheSettings() {
        migration("CREATE TABLE invoices (id bigint PRIMARY KEY, tenant_id bigint NOT NULL);\n"
                + "CREATE TABLE projects (id bigint PRIMARY KEY, \"OrganizationId\" uuid NOT NULL);");
        RuleSettings organizations = new RuleSettings(false, false, Set.of("organizationid"));

        assertThat(findings("tenant-table-without-rls", organizations)).containsExactly("db/migration/V1__m.sql:2");
        assertThat(findings("tenant-table-without-rls")).containsExactly("db/migration/V1__m.sql:1");
    }

    @Test
    void tableWithoutPrimaryKeyIsJudgedPerMigration() {
        migration("CREATE TABLE audit_log (at timestamptz, actor text);")
                .migration("ALTER TABLE audit_log ADD PRIMARY KEY (at, actor);");

        // the key came one migration too late: by then the table may hold rows
        assertThat(findings("table-without-primary-key")).containsExactly("db/migration/V1__m.sql:1");
    }
}
