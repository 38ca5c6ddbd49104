package io.github.migrationguard.rules;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.schema.Catalog;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.UnresolvedPlaceholder;
import io.github.migrationguard.sql.SourceRange;
import io.github.migrationguard.tx.ScriptTx;

import java.util.List;
import java.util.function.Supplier;

/** What a rule sees of the script being linted (or, in {@link Rule#finishSet}, of the last one). */
public interface ScriptContext {

    MigrationScript script();

    /** Every statement of the script, nested ones after their block. */
    List<AnalyzedStatement> statements();

    /**
     * The statements of the script whose model is a {@code kind}, in script order, nested ones included: for
     * rules that look back for one kind of statement, so that they need not walk every statement each time.
     */
    default List<AnalyzedStatement> statementsOf(Class<? extends Statement> kind) {
        return statements().stream().filter(s -> kind.isInstance(s.model())).toList();
    }

    /** How the runner executes this script. */
    ScriptTx transactions();

    PgVersion pgVersion();

    /** The schema as the statements so far have left it. */
    Catalog catalog();

    RuleSettings settings();

    /** Placeholders of this script that Flyway has no value for, left as written in its text. */
    default List<UnresolvedPlaceholder> unresolvedPlaceholders() {
        return List.of();
    }

    /**
     * True when the deployment scope is the pending set, so that what a rule learnt in one script still
     * holds in the next (e.g. a column added earlier in the deployment); false when each migration is
     * its own scope and rule state about the schema ends with the script.
     */
    default boolean scopeSpansScripts() {
        return false;
    }

    /**
     * State the rule keeps for the whole run, created on first use. The engine makes one per rule and
     * type, so rule classes stay stateless and a rule instance may serve several runs.
     */
    <T> T state(Class<T> type, Supplier<T> initial);

    /** Reports a finding on a statement of this script (the whole statement). */
    void report(AnalyzedStatement at, String message, String fix);

    /** Reports a finding on a part of a statement of this script. */
    void report(AnalyzedStatement at, SourceRange range, String message, String fix);
}
