package io.github.migrationguard.engine;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Frontend;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.schema.Catalog;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.SourceSet;
import io.github.migrationguard.source.UnresolvedPlaceholder;
import io.github.migrationguard.sql.LexProblem;
import io.github.migrationguard.sql.ReadResult;
import io.github.migrationguard.sql.StatementReader;
import io.github.migrationguard.tx.ScriptTx;
import io.github.migrationguard.tx.TxAnalyzer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lints a set of scripts: reads each into statements, works out its transactions, replays the
 * catalog, hands each statement to the rules that want it, then applies suppressions and
 * severities. Never throws on bad input: every problem becomes a finding or a diagnostic.
 */
public final class Engine {

    private final EngineConfig config;
    private final RuleRegistry registry;
    private final PathPolicy pathPolicy;

    public Engine(EngineConfig config) {
        this(config, RuleRegistry.builtin());
    }

    public Engine(EngineConfig config, RuleRegistry registry) {
        this(config, registry, PathPolicy.NONE);
    }

    private Engine(EngineConfig config, RuleRegistry registry, PathPolicy pathPolicy) {
        this.config = config;
        this.registry = registry;
        this.pathPolicy = pathPolicy;
        for (PathPolicy.PathRule r : pathPolicy.pathRules()) {
            if (!r.ruleId().equals(PathPolicy.PathRule.ALL_RULES) && !registry.contains(r.ruleId())) {
                throw new IllegalArgumentException(RuleIdHints.unknownRuleMessage(r.ruleId(), registry)
                        + " (in the path rule for " + r.glob().text() + ")");
            }
        }
        for (String id : config.severities().keySet()) {
            if (!registry.contains(id)) {
                throw new IllegalArgumentException("Unknown rule id '" + id + "' in the severity configuration");
            }
        }
    }

    public RuleRegistry registry() {
        return registry;
    }

    /** The same engine, also excluding files and overriding severities per path. */
    public Engine withPathPolicy(PathPolicy policy) {
        return new Engine(config, registry, policy);
    }

    /** Severity of a rule under this configuration. */
    public Severity severityOf(Rule rule) {
        return config.severities().getOrDefault(rule.meta().id(), rule.meta().defaultSeverity());
    }

    /** Severity of a rule in one file: a path rule for the file wins over the rule's configured severity. */
    public Severity severityOf(Rule rule, String file) {
        return pathPolicy.severity(rule.meta().id(), file).orElseGet(() -> severityOf(rule));
    }

    /**
     * @param scripts           in the order the runner applies them
     * @param sourceDiagnostics problems the source already found (unreadable files, templates, …)
     */
    public LintResult lint(List<MigrationScript> scripts, List<Diagnostic> sourceDiagnostics) {
        return lint(scripts, sourceDiagnostics, List.of());
    }

    /** Lints what a source found, its diagnostics and its placeholders without a value included. */
    public LintResult lint(SourceSet source) {
        return lint(source.scripts(), source.diagnostics(), source.unresolvedPlaceholders());
    }

    /**
     * @param unresolved placeholders Flyway has no value for ({@code flyway-unknown-placeholder})
     */
    public LintResult lint(List<MigrationScript> scripts, List<Diagnostic> sourceDiagnostics,
                           List<UnresolvedPlaceholder> unresolved) {
        List<Rule> active = registry.rules().stream()
                .filter(r -> severityOf(r) != Severity.OFF || pathPolicy.enablesSomewhere(r.meta().id())).toList();
        List<Diagnostic> diagnostics = new ArrayList<>(sourceDiagnostics);
        Map<Object, Object> ruleState = new HashMap<>();
        // the rules each statement kind goes to, worked out once per kind: one pass, no per-rule test per statement
        Map<Class<?>, List<Rule>> byKind = new HashMap<>();
        Catalog catalog = new Catalog();
        Counts counts = new Counts();
        List<ScriptRun> runs = new ArrayList<>();
        // Applied scripts whose text changed since they were applied: only the rules about that look at them.
        List<ScriptRun> changedApplied = new ArrayList<>();
        Map<AnalyzedStatement, ScriptRun> owners = new IdentityHashMap<>();

        int replayed = 0;
        for (MigrationScript script : scripts) {
            // Excluded scripts are not linted, but the schema they build still counts.
            if (!config.scope().isPending(script) || pathPolicy.excluded(script.path())) {
                replayed += AppliedScripts.replay(script, catalog, diagnostics) ? 1 : 0;
                if (config.settings().modifiedMigrations().containsKey(script.path())) {
                    ScriptRun changed = read(script, diagnostics);
                    if (changed != null) {
                        changedApplied.add(changed);
                        EngineContext context = new EngineContext(changed, config, catalog, ruleState, owners, unresolved);
                        active.stream().filter(r -> r.meta().changedAppliedScripts()).forEach(rule ->
                                guarded(rule, script, diagnostics, () -> rule.finishScript(context.forRule(rule))));
                    }
                }
                continue;
            }
            ScriptRun run = read(script, diagnostics);
            if (run == null) {
                continue;
            }
            runs.add(run);
            counts.add(run.statements());
            run.statements().forEach(s -> owners.put(s, run));
            if (config.scope().perScript()) {
                catalog.resetScope();
            }
            EngineContext context = new EngineContext(run, config, catalog, ruleState, owners, unresolved);
            for (AnalyzedStatement statement : run.statements()) {
                List<Rule> wanting = byKind.computeIfAbsent(statement.model().getClass(),
                        kind -> active.stream().filter(r -> r.meta().wants(statement.model())).toList());
                for (Rule rule : wanting) {
                    if (statement.nesting() != Nesting.ROUTINE_BODY || rule.meta().inRoutineBodies()) {
                        guarded(rule, script, diagnostics, () -> rule.check(context.at(rule, statement)));
                    }
                }
                if (statement.nesting() != Nesting.ROUTINE_BODY) {
                    catalog.apply(script.path(), statement);
                }
            }
            for (Rule rule : active) {
                guarded(rule, script, diagnostics, () -> rule.finishScript(context.forRule(rule)));
            }
        }
        if (!runs.isEmpty()) {
            ScriptRun last = runs.get(runs.size() - 1);
            EngineContext context = new EngineContext(last, config, catalog, ruleState, owners, unresolved);
            for (Rule rule : active) {
                guarded(rule, last.script(), diagnostics, () -> rule.finishSet(context.forRule(rule)));
            }
        }

        List<Finding> findings = new ArrayList<>();
        for (ScriptRun run : runs) {
            String file = run.script().path();
            findings.addAll(new SuppressionFilter(run, registry, diagnostics).apply(rule -> severityOf(rule, file)));
        }
        for (ScriptRun run : changedApplied) {
            // Their suppressions of other rules are not "unused": those rules did not run here.
            new SuppressionFilter(run, registry, new ArrayList<>()).apply(rule -> severityOf(rule, run.script().path())).stream()
                    .filter(f -> registry.find(f.ruleId()).map(r -> r.meta().changedAppliedScripts()).orElse(false))
                    .forEach(findings::add);
        }
        findings.removeIf(f -> f.severity() == Severity.OFF);
        diagnostics.removeIf(d -> pathPolicy.excluded(d.file()));
        findings.sort(Finding.ORDER);
        diagnostics.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column).thenComparing(Diagnostic::message));
        Summary summary = new Summary(runs.size(), counts.statements, counts.unanalyzed, counts.jsql, counts.tokens,
                count(findings, Severity.ERROR), count(findings, Severity.WARNING), count(findings, Severity.INFO),
                replayed);
        return new LintResult(findings, diagnostics, summary, config.failOn(),
                runs.stream().map(r -> r.script().path()).toList());
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    private ScriptRun read(MigrationScript script, List<Diagnostic> diagnostics) {
        try {
            ReadResult read = StatementReader.read(script.text());
            for (LexProblem p : read.problems()) {
                diagnostics.add(new Diagnostic(script.path(), p.range().line(), p.range().column(), p.message()));
            }
            ScriptTx tx = TxAnalyzer.analyze(script, read.statements(), config.pgVersion(),
                    config.settings().flywayMixed(), config.settings().flywayExecuteInTransaction());
            return new ScriptRun(script, read.statements(), tx, new ArrayList<>(), read.trailingComments());
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(Diagnostic.ofFile(script.path(), "could not be read, not linted: " + e));
            return null;
        }
    }

    private static void guarded(Rule rule, MigrationScript script, List<Diagnostic> diagnostics, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(Diagnostic.ofFile(script.path(),
                    "rule " + rule.meta().id() + " failed and was skipped for this file: " + e));
        }
    }

    private static final class Counts {
        int statements;
        int unanalyzed;
        int jsql;
        int tokens;

        void add(List<AnalyzedStatement> statements) {
            for (AnalyzedStatement s : statements) {
                this.statements++;
                if (s.frontend() == Frontend.NONE) {
                    unanalyzed++;
                } else if (s.frontend() == Frontend.JSQLPARSER) {
                    jsql++;
                } else {
                    tokens++;
                }
            }
        }
    }
}
