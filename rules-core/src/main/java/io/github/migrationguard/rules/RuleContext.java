package io.github.migrationguard.rules;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.tx.TxPosition;

/** What a rule sees when it checks one statement. */
public interface RuleContext extends ScriptContext {

    AnalyzedStatement statement();

    default Statement model() {
        return statement().model();
    }

    /** Where this statement runs. */
    default TxPosition tx() {
        return transactions().positions().get(statement().index());
    }

    /** Reports a finding on the whole statement being checked. */
    default void report(String message, String fix) {
        report(statement(), message, fix);
    }
}
