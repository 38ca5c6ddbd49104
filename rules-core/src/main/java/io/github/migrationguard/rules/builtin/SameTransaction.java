package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.tx.TxPosition;

import java.util.List;

/** The statements that run in the current statement's transaction: earlier ones still hold their locks, later ones commit with it. */
final class SameTransaction {

    private SameTransaction() {
    }

    /**
     * Earlier statements of the current statement's transaction, routine bodies left out. Autocommit
     * statements are each a transaction of their own, except the statements of one {@code DO} block.
     */
    static List<AnalyzedStatement> earlier(RuleContext context) {
        List<TxPosition> positions = context.transactions().positions();
        int transaction = context.tx().transaction();
        return EarlierStatements.of(context).stream()
                .filter(s -> s.index() < positions.size() && positions.get(s.index()).transaction() == transaction)
                .toList();
    }

    /** As {@link #earlier(RuleContext)}, only those whose model is a {@code kind}: cheap at every statement. */
    static List<AnalyzedStatement> earlier(RuleContext context, Class<? extends Statement> kind) {
        List<TxPosition> positions = context.transactions().positions();
        int index = context.statement().index();
        int transaction = context.tx().transaction();
        return context.statementsOf(kind).stream()
                .takeWhile(s -> s.index() < index)
                .filter(s -> s.nesting() != Nesting.ROUTINE_BODY)
                .filter(s -> s.index() < positions.size() && positions.get(s.index()).transaction() == transaction)
                .toList();
    }

    /** Later statements of the current statement's transaction, routine bodies left out. */
    static List<AnalyzedStatement> later(RuleContext context) {
        List<TxPosition> positions = context.transactions().positions();
        int transaction = context.tx().transaction();
        return context.statements().stream()
                .filter(s -> s.index() > context.statement().index() && s.nesting() != Nesting.ROUTINE_BODY)
                .filter(s -> s.index() < positions.size() && positions.get(s.index()).transaction() == transaction)
                .toList();
    }
}
