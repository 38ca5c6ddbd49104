package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.LockMode;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

import java.util.List;
import java.util.Optional;

/**
 * {@code ALTER DOMAIN … ADD CONSTRAINT} (without {@code NOT VALID}), {@code VALIDATE CONSTRAINT} and
 * {@code SET NOT NULL} check every row of every table using the domain under a SHARE lock.
 *
 * <p>The catalog knows which columns use a domain it saw created; a domain it did not see (created
 * outside the migrations) is taken to be in use, and the message says so.
 */
public final class DomainCheckConstraint implements Rule {

    static final RuleMeta META = RuleMeta.builder("domain-check-constraint")
            .title("Domain constraint that checks existing rows")
            .category(Category.LOCKS)
            .severity(Severity.WARNING)
            .flags("`ALTER DOMAIN … ADD CONSTRAINT` without `NOT VALID`, `ALTER DOMAIN … VALIDATE CONSTRAINT` and "
                    + "`ALTER DOMAIN … SET NOT NULL`, when an existing table has a column of the domain's type, or when "
                    + "the migrations never created the domain (so which tables use it is unknown). `CREATE DOMAIN` "
                    + "locks nothing and is not flagged.")
            .why("PostgreSQL checks every row of every table with a column of the domain's type while it holds a SHARE "
                    + "lock on each of those tables: reads go on, but every INSERT, UPDATE and DELETE waits until the "
                    + "check finishes. Unlike `VALIDATE CONSTRAINT` on a table, `VALIDATE` on a domain takes SHARE too, "
                    + "so the two-step recipe only moves the scan to a moment of your choosing.")
            .recipe("Add the constraint `NOT VALID`: a brief lock, and new values are checked at once. A `NOT NULL` "
                    + "domain constraint has no `NOT VALID` form, so write it as a CHECK:\n\n"
                    + "```sql\nALTER DOMAIN email ADD CONSTRAINT email_not_null CHECK (VALUE IS NOT NULL) NOT VALID;\n```\n\n"
                    + "Then either validate it at a quiet time, in a transaction of its own (SHARE on every table using "
                    + "the domain for the scan):\n\n"
                    + "```sql\nALTER DOMAIN email VALIDATE CONSTRAINT email_not_null;\n```\n\n"
                    + "or leave it `NOT VALID` and prove the existing rows with a table constraint on each using table, "
                    + "whose `VALIDATE` takes only SHARE UPDATE EXCLUSIVE:\n\n"
                    + "```sql\nALTER TABLE customers ADD CONSTRAINT customers_email_not_null CHECK (email IS NOT NULL) NOT VALID;\n"
                    + "ALTER TABLE customers VALIDATE CONSTRAINT customers_email_not_null;\n```")
            .kinds(Statement.AlterDomain.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.AlterDomain alter = (Statement.AlterDomain) context.model();
        boolean checksRows = switch (alter.action()) {
            case ADD_CONSTRAINT -> !alter.notValid();
            case VALIDATE_CONSTRAINT, SET_NOT_NULL -> true;
            case OTHER -> false;
        };
        if (!checksRows) {
            return;
        }
        Optional<String> users = existingUsers(context, alter.domain());
        if (users.isEmpty()) {
            return;
        }
        String domain = Describe.quoted(alter.domain());
        context.report(what(alter) + " on domain " + domain + " checks every row of " + users.get() + " under "
                        + Describe.lockBlocking(LockMode.SHARE, "on each table") + ".",
                fix(context, alter));
    }

    /**
     * The existing tables with a column of the domain's type, in words; empty when there is none. A domain
     * the catalog never saw created may be used by any table.
     */
    private static Optional<String> existingUsers(RuleContext context, QualifiedName domain) {
        if (context.catalog().domain(domain).isEmpty()) {
            return Optional.of("every table with a column of that type (the migrations never created the domain, "
                    + "so existing tables may use it)");
        }
        List<String> columns = context.catalog().usersOfType(domain).stream()
                .filter(c -> context.catalog().isExisting(c.table()))
                .map(c -> Describe.quoted(new QualifiedName(c.table().schema(), c.table().name() + "." + c.column())))
                .distinct()
                .toList();
        return columns.isEmpty() ? Optional.empty()
                : Optional.of("existing column" + StatementText.plural(columns) + " " + String.join(", ", columns));
    }

    private static String what(Statement.AlterDomain alter) {
        switch (alter.action()) {
            case ADD_CONSTRAINT:
                return "ALTER DOMAIN … ADD CONSTRAINT without NOT VALID";
            case VALIDATE_CONSTRAINT:
                return "ALTER DOMAIN … VALIDATE CONSTRAINT";
            default:
                return "ALTER DOMAIN … SET NOT NULL";
        }
    }

    private static String fix(RuleContext context, Statement.AlterDomain alter) {
        String validateLater = "-- then validate it at a quiet time, in a transaction of its own (SHARE on every using "
                + "table for the scan),\n-- or leave it NOT VALID and validate a table CHECK … NOT VALID on each using "
                + "table instead (SHARE UPDATE EXCLUSIVE).";
        switch (alter.action()) {
            case ADD_CONSTRAINT:
                if (StatementText.findTopLevel(context.statement().sql(), 0, "check") >= 0) {
                    return StatementRewrite.append(context.statement(), "NOT VALID") + ";\n" + validateLater;
                }
                // A NOT NULL domain constraint has no NOT VALID form: the same rule as a CHECK has.
                return notNullCheck(alter, alter.constraint().orElse(alter.domain().name() + "_not_null")) + validateLater;
            case VALIDATE_CONSTRAINT:
                return "-- Run it at a quiet time, in a migration of its own so no other lock is held meanwhile:\n"
                        + StatementRewrite.text(context.statement()) + ";\n"
                        + "-- or leave the domain constraint NOT VALID and validate a table CHECK … NOT VALID on each "
                        + "using table instead (SHARE UPDATE EXCLUSIVE).";
            default:
                return notNullCheck(alter, alter.domain().name() + "_not_null") + validateLater;
        }
    }

    private static String notNullCheck(Statement.AlterDomain alter, String name) {
        return "ALTER DOMAIN " + alter.domain().sql() + " ADD CONSTRAINT " + QualifiedName.quote(name)
                + " CHECK (VALUE IS NOT NULL) NOT VALID;\n";
    }
}
