package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Frontend;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleSettings;
import io.github.migrationguard.schema.Catalog;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.sql.SourceRange;
import io.github.migrationguard.sql.Splitter;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.tx.ScriptTx;
import io.github.migrationguard.tx.TxPosition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A script of hand-built model records run through one rule the way the engine does it (catalog
 * replayed in order, routine bodies only for rules that want them). The text is split into tokens by
 * the real splitter, but the model is given, so rule decisions are tested independently of the frontends.
 */
final class HandBuiltScript {

    record Reported(int statement, String message, String fix) {
    }

    private final List<AnalyzedStatement> statements = new ArrayList<>();
    private PgVersion version = PgVersion.DEFAULT;
    private RuleSettings settings = RuleSettings.DEFAULTS;
    private ScriptTx tx;
    private MigrationScript script = MigrationScript.plain("V1__test.sql", "");

    HandBuiltScript add(String sql, Statement model) {
        return add(sql, model, Nesting.TOP);
    }

    HandBuiltScript add(String sql, Statement model, Nesting nesting) {
        int line = statements.size() + 1;
        SqlStatement s = Splitter.split(sql, line, 1, 0).statements().get(0);
        statements.add(new AnalyzedStatement(statements.size(), s, model, Frontend.TOKENS, nesting,
                nesting == Nesting.TOP ? -1 : statements.size() - 1));
        return this;
    }

    HandBuiltScript pg(int major) {
        this.version = new PgVersion(major, Integer.MAX_VALUE);
        return this;
    }

    HandBuiltScript settings(RuleSettings settings) {
        this.settings = settings;
        return this;
    }

    HandBuiltScript tx(ScriptTx tx) {
        this.tx = tx;
        return this;
    }

    HandBuiltScript script(MigrationScript script) {
        this.script = script;
        return this;
    }

    List<Reported> run(Rule rule) {
        List<Reported> reported = new ArrayList<>();
        Catalog catalog = new Catalog();
        ScriptTx transactions = tx != null ? tx : new ScriptTx(true, "test", false, List.of(),
                Collections.nCopies(statements.size(), new TxPosition(TxPosition.Mode.RUNNER, 1)));
        Map<Class<?>, Object> state = new HashMap<>();
        for (AnalyzedStatement statement : statements) {
            if (rule.meta().wants(statement.model())
                    && (statement.nesting() != Nesting.ROUTINE_BODY || rule.meta().inRoutineBodies())) {
                rule.check(new Context(statement, catalog, transactions, state, reported));
            }
            if (statement.nesting() != Nesting.ROUTINE_BODY) {
                catalog.apply(statement.model());
            }
        }
        rule.finishScript(new Context(null, catalog, transactions, state, reported));
        return reported;
    }

    private final class Context implements RuleContext {
        private final AnalyzedStatement statement;
        private final Catalog catalog;
        private final ScriptTx transactions;
        private final Map<Class<?>, Object> state;
        private final List<Reported> reported;

        Context(AnalyzedStatement statement, Catalog catalog, ScriptTx transactions, Map<Class<?>, Object> state,
                List<Reported> reported) {
            this.statement = statement;
            this.catalog = catalog;
            this.transactions = transactions;
            this.state = state;
            this.reported = reported;
        }

        @Override
        public AnalyzedStatement statement() {
            if (statement == null) {
                throw new IllegalStateException("no current statement in a finish method");
            }
            return statement;
        }

        @Override
        public MigrationScript script() {
            return script;
        }

        @Override
        public List<AnalyzedStatement> statements() {
            return List.copyOf(statements);
        }

        @Override
        public ScriptTx transactions() {
            return transactions;
        }

        @Override
        public PgVersion pgVersion() {
            return version;
        }

        @Override
        public Catalog catalog() {
            return catalog;
        }

        @Override
        public RuleSettings settings() {
            return settings;
        }

        @Override
        public <T> T state(Class<T> type, Supplier<T> initial) {
            return type.cast(state.computeIfAbsent(type, k -> initial.get()));
        }

        @Override
        public void report(AnalyzedStatement at, String message, String fix) {
            reported.add(new Reported(at.index(), message, fix));
        }

        @Override
        public void report(AnalyzedStatement at, SourceRange range, String message, String fix) {
            report(at, message, fix);
        }
    }
}
