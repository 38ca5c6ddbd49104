package io.github.migrationguard.rules;

/**
 * A check. One final class per rule: its {@link RuleMeta} and a {@link #check} over one statement
 * in context. The engine makes one pass over every script and hands each statement only to the
 * rules whose {@link RuleMeta#kinds()} want it, then calls {@link #finishScript} after each script
 * and {@link #finishSet} after the last.
 *
 * <p>Third-party rules are found through {@link java.util.ServiceLoader}. A rule instance is used by
 * one run at a time; keep state for {@code finish*} in the {@link RuleContext#state} it is handed.
 */
public interface Rule {

    RuleMeta meta();

    /** Called for each statement of a kind {@link RuleMeta#kinds()} lists. */
    default void check(RuleContext context) {
    }

    /** Called once after the last statement of each script. */
    default void finishScript(ScriptContext context) {
    }

    /** Called once after the last script. */
    default void finishSet(ScriptContext context) {
    }
}
