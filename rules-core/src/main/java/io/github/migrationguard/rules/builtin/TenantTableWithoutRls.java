package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.RelationKind;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.ScriptContext;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.schema.ColumnInfo;
import io.github.migrationguard.schema.TableInfo;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A multi-tenant table (it has a configured tenant column) without row-level security and a policy once
 * the whole set has run, reported on the statement that gave it the tenant column.
 */
public final class TenantTableWithoutRls implements Rule {

    static final RuleMeta META = RuleMeta.builder("tenant-table-without-rls")
            .title("Tenant table without row-level security")
            .category(Category.SCHEMA_DESIGN)
            .severity(Severity.INFO)
            .flags("A table created (or given the column) in these migrations that has a tenant column (by default "
                    + "`tenant_id` or `tenantId`, any case) and, once all the migrations have run, does "
                    + "not both have `ENABLE ROW LEVEL SECURITY` and at least one policy. Partitions are judged "
                    + "through their parent. Reported once per table, on the statement that gave it the column.")
            .why("Without row-level security, keeping one tenant's rows away from another rests on every query of "
                    + "the application remembering its `WHERE tenant_id = …`; one forgotten filter (a report, an "
                    + "admin endpoint, an ad-hoc fix) leaks or changes other tenants' data. With RLS and a policy, "
                    + "PostgreSQL adds the filter itself. `ENABLE` without any policy denies every row to roles other "
                    + "than the owner, which is rarely what was meant.")
            .recipe("Enable row-level security, force it for the table's owner too (the application often connects "
                    + "as the owner), and add a policy that reads the tenant from the session:\n\n"
                    + "```sql\nALTER TABLE invoices ENABLE ROW LEVEL SECURITY;\n"
                    + "ALTER TABLE invoices FORCE ROW LEVEL SECURITY;\n"
                    + "CREATE POLICY invoices_tenant_isolation ON invoices\n"
                    + "  USING (tenant_id = current_setting('app.tenant_id')::bigint);\n```\n\n"
                    + "The application then runs `SET app.tenant_id = '…'` (or `set_config`) per transaction. Tables "
                    + "shared by all tenants on purpose: suppress with the reason. The tenant column names come from the "
                    + "engine's settings (`RuleSettings.tenantColumns`).")
            .kinds(Statement.CreateTable.class, Statement.AlterTable.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Where each tenant table got its tenant column. */
    private static final class TenantTables {
        final ByTable<AnalyzedStatement> byTable = new ByTable<>();
    }

    @Override
    public void check(RuleContext context) {
        TenantTables tenants = context.state(TenantTables.class, TenantTables::new);
        Set<String> tenantColumns = context.settings().tenantColumns();
        for (DeclaredColumn column : DeclaredColumn.of(context.statement())) {
            if (column.definition().isPresent() && isTenant(column.name(), tenantColumns)
                    && tenants.byTable.get(column.table()).isEmpty()) {
                tenants.byTable.put(column.table(), context.statement());
            }
        }
        if (context.model() instanceof Statement.AlterTable a) {
            tenants.byTable.follow(a);
        }
    }

    @Override
    public void finishSet(ScriptContext context) {
        TenantTables tenants = context.state(TenantTables.class, TenantTables::new);
        for (Map.Entry<QualifiedName, AnalyzedStatement> entry : tenants.byTable.entries()) {
            Optional<TableInfo> table = context.catalog().table(entry.getKey())
                    .filter(t -> t.kind() == RelationKind.TABLE && t.partitionOf().isEmpty());
            Optional<ColumnInfo> column = table.flatMap(t -> t.columns().stream()
                    .filter(c -> isTenant(c.name(), context.settings().tenantColumns())).findFirst());
            if (column.isPresent() && !(table.get().rowLevelSecurity() && !table.get().policies().isEmpty())) {
                report(context, table.get(), column.get(), entry.getValue());
            }
        }
    }

    private static boolean isTenant(String column, Set<String> tenantColumns) {
        String lower = column.toLowerCase(Locale.ROOT);
        return tenantColumns.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(lower));
    }

    private static void report(ScriptContext context, TableInfo table, ColumnInfo column, AnalyzedStatement at) {
        String name = Describe.quoted(table.name());
        String state = table.rowLevelSecurity()
                ? "has row-level security enabled but no policy, so every row is hidden from roles other than its "
                + "owner, and the owner bypasses it anyway"
                : "has no row-level security: tenant isolation rests on every query remembering its filter on "
                + Describe.quoted(column.name()) + ", and one that forgets reads or changes other tenants' rows";
        String policy = QualifiedName.quote(IdentifierTooLong.truncate(table.name().name() + "_tenant_isolation"));
        context.report(at, "Table " + name + " has tenant column " + Describe.quoted(column.name())
                        + " but, by the end of the migrations, " + state + ".",
                (table.rowLevelSecurity() ? "" : "ALTER TABLE " + table.name().sql() + " ENABLE ROW LEVEL SECURITY;\n")
                        + "ALTER TABLE " + table.name().sql() + " FORCE ROW LEVEL SECURITY;  -- the owner too\n"
                        + "CREATE POLICY " + policy + " ON " + table.name().sql() + "\n"
                        + "  USING (" + QualifiedName.quote(column.name()) + " = current_setting('app.tenant_id')::"
                        + column.type().text() + ");\n"
                        + "-- the application sets app.tenant_id per transaction: SET LOCAL app.tenant_id = '…';");
    }
}
