package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The actions of one {@code ALTER TABLE} that one rule flags, reported once: the first one's message, and one fix
 * that keeps the statement's other actions as written and replaces every flagged one, so that applying the fix
 * does not bring back a second action the rule also flags.
 */
final class FlaggedActions {

    private final RuleContext context;
    private final Statement.AlterTable alter;
    private final List<AlterAction> actions = new ArrayList<>();
    private final List<String> fixes = new ArrayList<>();
    private String message;

    FlaggedActions(RuleContext context, Statement.AlterTable alter) {
        this.context = context;
        this.alter = alter;
    }

    void add(AlterAction action, String message, String fix) {
        if (actions.isEmpty()) {
            this.message = message;
        }
        actions.add(action);
        fixes.add(fix);
    }

    void report() {
        if (actions.isEmpty()) {
            return;
        }
        int more = actions.size() - 1;
        String also = more == 0 ? "" : " The statement has " + more + " more action" + (more == 1 ? "" : "s")
                + " like it; the fix covers " + (more == 1 ? "both" : "all of them") + ".";
        context.report(message + also, AlterClauses.keepOthers(context.statement().sql(), alter, actions)
                + String.join("\n", fixes));
    }
}
