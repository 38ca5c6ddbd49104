package io.github.migrationguard.engine;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleSettings;
import io.github.migrationguard.schema.Catalog;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.UnresolvedPlaceholder;
import io.github.migrationguard.sql.SourceRange;
import io.github.migrationguard.tx.ScriptTx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The engine's side of {@link RuleContext}: one per script, specialised per rule and statement. */
final class EngineContext {

    private final ScriptRun run;
    private final EngineConfig config;
    private final Catalog catalog;
    private final Map<Object, Object> ruleState;
    private final Map<AnalyzedStatement, ScriptRun> owners;
    private final List<UnresolvedPlaceholder> unresolved;
    /** {@link RuleContext#statementsOf}, per kind, built on first use: rules ask for it at every statement. */
    private final Map<Class<?>, List<AnalyzedStatement>> byKind = new HashMap<>();

    /**
     * @param owners which script each statement seen so far belongs to (identity map), so that rules
     *               finishing the set can report on a statement of an earlier script
     * @param unresolved placeholders without a value, of every script (each view shows its script's)
     */
    EngineContext(ScriptRun run, EngineConfig config, Catalog catalog, Map<Object, Object> ruleState,
                  Map<AnalyzedStatement, ScriptRun> owners, List<UnresolvedPlaceholder> unresolved) {
        this.run = run;
        this.unresolved = unresolved;
        this.owners = owners;
        this.config = config;
        this.catalog = catalog;
        this.ruleState = ruleState;
    }

    RuleContext at(Rule rule, AnalyzedStatement statement) {
        return new View(rule, statement);
    }

    RuleContext forRule(Rule rule) {
        return new View(rule, null);
    }

    private record StateKey(String ruleId, Class<?> type) {
    }

    private final class View implements RuleContext {
        private final Rule rule;
        private final AnalyzedStatement statement;

        View(Rule rule, AnalyzedStatement statement) {
            this.rule = rule;
            this.statement = statement;
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
            return run.script();
        }

        @Override
        public List<AnalyzedStatement> statements() {
            return run.statements();
        }

        @Override
        public List<AnalyzedStatement> statementsOf(Class<? extends Statement> kind) {
            return byKind.computeIfAbsent(kind, k -> run.statements().stream().filter(s -> k.isInstance(s.model())).toList());
        }

        @Override
        public ScriptTx transactions() {
            return run.tx();
        }

        @Override
        public PgVersion pgVersion() {
            return config.pgVersion();
        }

        @Override
        public Catalog catalog() {
            return catalog;
        }

        @Override
        public boolean scopeSpansScripts() {
            return !config.scope().perScript();
        }

        @Override
        public RuleSettings settings() {
            return config.settings();
        }

        @Override
        public List<UnresolvedPlaceholder> unresolvedPlaceholders() {
            String path = run.script().path();
            return unresolved.stream().filter(p -> p.file().equals(path)).toList();
        }

        @Override
        public <T> T state(Class<T> type, Supplier<T> initial) {
            return type.cast(ruleState.computeIfAbsent(new StateKey(rule.meta().id(), type), k -> initial.get()));
        }

        @Override
        public void report(AnalyzedStatement at, String message, String fix) {
            report(at, at.sql().range(), message, fix);
        }

        @Override
        public void report(AnalyzedStatement at, SourceRange range, String message, String fix) {
            owners.getOrDefault(at, run).raised().add(new ScriptRun.Raised(rule, at, range, message, fix));
        }
    }
}
