package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;

/**
 * A suppression comment that silences nothing. The engine raises it after all other rules ran,
 * since only then is it known which suppressions were used; this class carries its metadata.
 */
public final class UnusedSuppression implements Rule {

    public static final RuleMeta META = RuleMeta.builder("unused-suppression")
            .title("Suppression comment that suppresses nothing")
            .category(Category.META)
            .severity(Severity.WARNING)
            .flags("A `-- migration-guard:ignore <rule-id> -- <reason>` comment whose statement has no finding of that rule, "
                    + "an `ignore-file` comment for a rule with no finding in the file, or a suppression naming an unknown rule.")
            .why("Stale suppressions hide the next real finding of the same rule at that place, and misspelt rule ids "
                    + "silence nothing while looking as if they did.")
            .recipe("Remove the comment, or fix the rule id. Suppressions go on the line before the statement:\n\n"
                    + "```sql\n-- migration-guard:ignore require-concurrent-index -- table has 10 rows, built at night\n"
                    + "CREATE INDEX idx_small ON small_table (code);\n```")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }
}
