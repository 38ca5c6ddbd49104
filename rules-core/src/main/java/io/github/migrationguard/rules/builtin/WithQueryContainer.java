package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.sql.SqlStatement;

import java.util.List;
import java.util.Optional;

/**
 * The statement a data-modifying {@code WITH} query runs in ({@code WITH moved AS (DELETE …) INSERT …}), as the
 * text before and after the query's own, so that a fix batches the whole statement and keeps what it does with
 * the rows. Only for a container that is itself an {@code UPDATE}, {@code DELETE} or {@code INSERT}: those run
 * in a DO block as they are, a {@code SELECT} would not.
 */
record WithQueryContainer(String prefix, String suffix) {

    static Optional<WithQueryContainer> of(RuleContext context) {
        AnalyzedStatement me = context.statement();
        List<AnalyzedStatement> all = context.statements();
        if (me.nesting() == Nesting.TOP) {
            return Optional.empty();
        }
        // the container comes before its WITH queries, inside the same block: no further back than a top-level statement
        for (int i = Math.min(me.index(), all.size()) - 1; i >= 0; i--) {
            SqlStatement container = all.get(i).sql();
            boolean encloses = container.startOffset() <= me.sql().startOffset()
                    && container.endOffset() >= me.sql().endOffset();
            if (!(encloses && startsWithWith(container))) {
                if (all.get(i).nesting() == Nesting.TOP) {
                    return Optional.empty();
                }
                continue;
            }
            Statement model = all.get(i).model();
            if (!(model instanceof Statement.Update || model instanceof Statement.Delete
                    || model instanceof Statement.Insert)) {
                return Optional.empty();
            }
            int from = me.sql().startOffset() - container.startOffset();
            int to = me.sql().endOffset() - container.startOffset();
            String text = container.text();
            if (from < 0 || to > text.length() || from > to) {
                return Optional.empty();
            }
            return Optional.of(new WithQueryContainer(text.substring(0, from), text.substring(to).strip()));
        }
        return Optional.empty();
    }

    private static boolean startsWithWith(SqlStatement sql) {
        return !sql.tokens().isEmpty() && sql.tokens().get(0).is("WITH");
    }
}
