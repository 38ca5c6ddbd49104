package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

/** Says, never silently, which statement no frontend could read and why. */
public final class UnanalyzedStatement implements Rule {

    static final RuleMeta META = RuleMeta.builder("unanalyzed-statement")
            .title("Statement could not be analysed")
            .category(Category.META)
            .severity(Severity.INFO)
            .flags("A statement that neither the token reader nor JSqlParser could read: template syntax, a typo, "
                    + "or syntax Migration Guard does not know yet.")
            .why("No rule looked at it, so whatever it does to a live database went unchecked. The rest of the file "
                    + "is still linted.")
            .recipe("Check that the statement is valid PostgreSQL. Render templates before linting. If it is valid, "
                    + "please report it; meanwhile review it by hand and suppress the finding with a reason:\n\n"
                    + "```sql\n-- migration-guard:ignore unanalyzed-statement -- reviewed by hand\n```")
            .kinds(Statement.Unrecognized.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Statement.Unrecognized u = (Statement.Unrecognized) context.model();
        context.report("Not analysed: " + u.reason() + ". No rule checked this statement.",
                "Review this statement by hand; if it is valid PostgreSQL, report the parse gap.");
    }
}
