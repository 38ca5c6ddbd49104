package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.sql.Token;

import java.util.List;

/**
 * Statements in the body of a trigger function. Such a body never runs in the migration: it runs
 * inside the application's own INSERT, UPDATE or DELETE, reading its transition tables or NEW/OLD,
 * where a batch loop with COMMIT is impossible. The data-change rules leave it alone.
 */
final class TriggerBodies {

    private TriggerBodies() {
    }

    static boolean contains(RuleContext context) {
        AnalyzedStatement statement = context.statement();
        List<AnalyzedStatement> all = context.statements();
        while (statement.nesting() == Nesting.ROUTINE_BODY && statement.parent() >= 0 && statement.parent() < all.size()) {
            statement = all.get(statement.parent());
            if (returnsTrigger(statement.sql().tokens())) {
                return true;
            }
        }
        return false;
    }

    /** {@code RETURNS trigger} or {@code RETURNS event_trigger}, as the routine declares it. */
    private static boolean returnsTrigger(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("RETURNS") && (tokens.get(i + 1).is("TRIGGER") || tokens.get(i + 1).is("EVENT_TRIGGER"))) {
                return true;
            }
        }
        return false;
    }
}
