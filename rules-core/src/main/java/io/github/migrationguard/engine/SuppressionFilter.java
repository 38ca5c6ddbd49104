package io.github.migrationguard.engine;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.rules.builtin.UnusedSuppression;
import io.github.migrationguard.sql.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies a script's suppression comments to what the rules raised, gives each finding its
 * configured severity, and reports suppressions that silenced nothing.
 */
final class SuppressionFilter {

    private final ScriptRun run;
    private final RuleRegistry registry;
    private final List<Diagnostic> diagnostics;
    /** Each directive with the statement it applies to (null for ignore-file). */
    private final Map<Suppression, AnalyzedStatement> targets = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();

    SuppressionFilter(ScriptRun run, RuleRegistry registry, List<Diagnostic> diagnostics) {
        this.run = run;
        this.registry = registry;
        this.diagnostics = diagnostics;
        collect();
    }

    List<Finding> apply(Function<Rule, Severity> severityOf) {
        List<Finding> out = new ArrayList<>();
        // several findings often sit on one statement: normalise its text once
        Map<AnalyzedStatement, String> normalised = new IdentityHashMap<>();
        for (ScriptRun.Raised raised : run.raised()) {
            if (!suppressed(raised)) {
                String id = raised.rule().meta().id();
                String text = normalised.computeIfAbsent(raised.at(), at -> Fingerprint.normalise(at.sql().tokens()));
                out.add(new Finding(id, severityOf.apply(raised.rule()), run.script().path(), raised.range(),
                        raised.message(), raised.fix(), new StatementRef(raised.at().sql().range(), raised.at().sql().text(),
                                Fingerprint.of(id, run.script().path(), text))));
            }
        }
        Severity unusedSeverity = registry.find(UnusedSuppression.META.id()).map(severityOf).orElse(Severity.OFF);
        for (Suppression s : targets.keySet()) {
            for (String id : s.ruleIds()) {
                if (!used.contains(key(s, id))) {
                    String why = !registry.contains(id) ? "unknown rule id '" + id + "'"
                            : s.wholeFile() ? "no finding of " + id + " in this file"
                            : targets.get(s) == null ? "no statement follows it"
                            : "no finding of " + id + " on the next statement";
                    out.add(new Finding(UnusedSuppression.META.id(), unusedSeverity, run.script().path(),
                            s.comment().range(), "Suppression of " + id + " suppresses nothing: " + why + ".",
                            "Remove the suppression comment" + (registry.contains(id) ? "." : ", or correct the rule id."),
                            new StatementRef(s.comment().range(), s.comment().text(),
                                    Fingerprint.of(UnusedSuppression.META.id(), run.script().path(),
                                            s.comment().text().strip() + '\n' + id))));
                }
            }
        }
        return out;
    }

    private boolean suppressed(ScriptRun.Raised raised) {
        String id = raised.rule().meta().id();
        if (id.equals(UnusedSuppression.META.id())) {
            return false;
        }
        for (Map.Entry<Suppression, AnalyzedStatement> e : targets.entrySet()) {
            Suppression s = e.getKey();
            if (s.ruleIds().contains(id) && (s.wholeFile() || covers(e.getValue(), raised.at()))) {
                used.add(key(s, id));
                return true;
            }
        }
        return false;
    }

    /** A suppression on a DO block or routine also covers the statements inside it. */
    private boolean covers(AnalyzedStatement target, AnalyzedStatement at) {
        AnalyzedStatement s = at;
        while (s != null) {
            if (s == target) {
                return true;
            }
            s = s.parent() >= 0 ? run.statements().get(s.parent()) : null;
        }
        return false;
    }

    private void collect() {
        Set<Integer> seen = new HashSet<>();
        List<Token> comments = new ArrayList<>();
        run.statements().forEach(statement -> comments.addAll(statement.sql().comments()));
        // after the last statement: an ignore-file there counts, an ignore there has nothing to apply to
        comments.addAll(run.trailingComments());
        for (Token comment : comments) {
            if (!seen.add(comment.offset())) {
                continue;
            }
            Optional<Suppression> parsed = Suppression.parse(comment);
            if (parsed.isEmpty()) {
                if (Suppression.isMalformed(comment)) {
                    diagnostics.add(new Diagnostic(run.script().path(), comment.line(), comment.column(),
                            "unreadable migration-guard directive, nothing is suppressed: write "
                                    + "`-- migration-guard:ignore <rule-id> -- <why>` or `ignore-file`"));
                }
                continue;
            }
            Suppression s = parsed.get();
            if (s.ruleIds().isEmpty()) {
                diagnostics.add(new Diagnostic(run.script().path(), comment.line(), comment.column(),
                        "suppression names no rule: write `-- migration-guard:ignore <rule-id> -- <why>`"));
            } else if (s.reason().isEmpty()) {
                diagnostics.add(new Diagnostic(run.script().path(), comment.line(), comment.column(),
                        "suppression without a reason: write `-- migration-guard:ignore <rule-id> -- <why>`"));
            }
            targets.put(s, s.wholeFile() ? null : targetOf(comment));
        }
    }

    /**
     * The statement a comment precedes (the first starting after it), unless the comment stands
     * inside a statement that ends before that one: then the statement around it; or unless it trails
     * a statement on that statement's last line: then the statement it trails.
     */
    private AnalyzedStatement targetOf(Token comment) {
        int at = comment.offset();
        AnalyzedStatement next = null;
        AnalyzedStatement around = null;
        AnalyzedStatement trailed = null;
        for (AnalyzedStatement s : run.statements()) {
            int start = s.sql().startOffset();
            if (start >= at && (next == null || start < next.sql().startOffset())) {
                next = s;
            }
            if (start < at && s.sql().endOffset() > at
                    && (around == null || start > around.sql().startOffset())) {
                around = s;
            }
            if (s.sql().endOffset() <= at && s.sql().range().endLine() == comment.line()
                    && (trailed == null || s.sql().endOffset() > trailed.sql().endOffset())) {
                trailed = s;
            }
        }
        if (around != null && (next == null || next.sql().startOffset() >= around.sql().endOffset())) {
            return around;
        }
        if (trailed != null && (next == null || next.sql().range().line() > comment.line())) {
            return trailed;
        }
        return next;
    }

    private static String key(Suppression s, String id) {
        return s.comment().offset() + ":" + id;
    }
}
