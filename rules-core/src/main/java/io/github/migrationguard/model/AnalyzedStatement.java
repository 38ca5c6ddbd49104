package io.github.migrationguard.model;

import io.github.migrationguard.sql.SqlStatement;

/**
 * A statement of a script with its model.
 *
 * @param index   position in the script's flat statement list (nested statements follow their block)
 * @param parent  index of the enclosing DO block or routine, or -1 at top level
 */
public record AnalyzedStatement(int index, SqlStatement sql, Statement model, Frontend frontend, Nesting nesting,
                                int parent) {

    public boolean isTopLevel() {
        return nesting == Nesting.TOP;
    }
}
