package io.github.migrationguard.rules;

import io.github.migrationguard.PgVersion;
import io.github.migrationguard.engine.DeploymentScope;
import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.Placeholders;
import io.github.migrationguard.source.MigrationVersion;
import io.github.migrationguard.source.Runner;
import io.github.migrationguard.source.ScriptKind;
import io.github.migrationguard.source.UnresolvedPlaceholder;
import io.github.migrationguard.sql.SourceRange;
import io.github.migrationguard.sql.StatementReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every example migration under {@code rules/<rule-id>/} and asserts the exact findings.
 *
 * <p>Header comments on the first lines set the context ({@code -- pg: 12},
 * {@code -- execute-in-transaction: false}, {@code -- mixed: true},
 * {@code -- runner-sets-lock-timeout: true}, {@code -- flyway-transactional-lock: false},
 * {@code -- runner: prisma} (also {@code golang-migrate}, {@code diesel}, {@code liquibase}; default Flyway),
 * {@code -- placeholders: owner=app}, {@code -- modified-since: origin/main}). A line {@code -- expect: id[, id]} marks the next
 * statement (or suppression comment) as one those rules must flag. For the folder's rule and every
 * rule named in a marker, the findings must be exactly the marked places; other rules are ignored.
 *
 * <p>A folder {@code bad-x/} or {@code good-x/} holds {@code V1__….sql}, {@code V2__….sql} … linted as one set
 * (see {@link RuleExamples} for how its pending set is chosen); headers other than
 * {@code execute-in-transaction} come from its first migration, markers work per file.
 */
class RuleExamplesTest {

    private static final Pattern HEADER = Pattern.compile("^--\\s*([a-z-]+):\\s*(\\S+)\\s*$");
    private static final Pattern EXPECT = Pattern.compile("^\\s*--\\s*expect:\\s*(.+?)\\s*$");

    private static final RuleRegistry REGISTRY = RuleRegistry.builtin();

    @TestFactory
    Stream<DynamicTest> examples() {
        return REGISTRY.rules().stream()
                .flatMap(rule -> RuleExamples.files(rule.meta().id()).stream()
                        .map(file -> DynamicTest.dynamicTest(rule.meta().id() + "/" + file.getFileName(),
                                file.toUri(), () -> check(rule.meta().id(), file))));
    }

    @Test
    void everyRuleHasFlaggedAndCleanExamples() {
        List<String> missing = new ArrayList<>();
        for (Rule rule : REGISTRY.rules()) {
            String id = rule.meta().id();
            List<Path> files = RuleExamples.files(id);
            boolean bad = files.stream().anyMatch(f -> f.getFileName().toString().startsWith("bad-")
                    && RuleExamples.migrations(f).stream()
                    .anyMatch(m -> expectations(RuleExamples.read(m)).stream().anyMatch(e -> e.ruleId.equals(id))));
            boolean good = files.stream().anyMatch(f -> f.getFileName().toString().startsWith("good-"));
            if (!bad || !good) {
                missing.add(id + (bad ? "" : " (no bad example with an expect marker)") + (good ? "" : " (no good example)"));
            }
        }
        assertThat(missing).as("rules without examples").isEmpty();
    }

    @Test
    void everyExampleFolderNamesARule() {
        Set<String> folders = new TreeSet<>();
        try (Stream<Path> dirs = java.nio.file.Files.list(RuleExamples.root())) {
            dirs.forEach(d -> folders.add(d.getFileName().toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        folders.removeIf(REGISTRY::contains);
        assertThat(folders).as("example folders without a rule").isEmpty();
    }

    private static void check(String ruleId, Path example) {
        boolean set = Files.isDirectory(example);
        List<Path> files = RuleExamples.migrations(example);
        String first = RuleExamples.read(files.get(0));
        List<MigrationScript> scripts = new ArrayList<>();
        List<UnresolvedPlaceholder> unresolved = new ArrayList<>();
        Map<String, String> modified = new HashMap<>();
        for (Path file : files) {
            String sql = RuleExamples.read(file);
            String name = (set ? example.getFileName() + "/" : "") + file.getFileName();
            String path = "rules/" + ruleId + "/" + name;
            MigrationVersion version = set ? RuleExamples.version(file) : MigrationVersion.parse("1");
            // Placeholders are replaced as Flyway would, with the values a "-- placeholders: a=1,b=2" header gives.
            Placeholders.Replaced replaced = Placeholders.forScript(FlywaySettings.defaults()
                    .withPlaceholders(placeholders(header(sql, "placeholders")), "${", "}"), name, "").replace(path, sql);
            unresolved.addAll(replaced.unresolved());
            // "-- modified-since: origin/main": the file changed since that git base, as GitPending finds it
            Optional.ofNullable(header(sql, "modified-since")).ifPresent(ref -> modified.put(path, ref));
            // "-- runner: prisma": the script as that runner's layout finds it (Prisma, golang-migrate and diesel send it as one query)
            Runner runner = runner(header(first, "runner"));
            scripts.add(new MigrationScript(path, ScriptKind.VERSIONED, Optional.of(version), name, replaced.text(),
                    Optional.ofNullable(header(sql, "execute-in-transaction")).map(Boolean::parseBoolean), runner,
                    runner == Runner.PRISMA || runner == Runner.GOLANG_MIGRATE || runner == Runner.DIESEL));
        }
        RuleSettings settings = new RuleSettings(
                Boolean.parseBoolean(header(first, "runner-sets-lock-timeout")),
                Boolean.parseBoolean(header(first, "mixed")),
                RuleSettings.DEFAULTS.tenantColumns())
                .withFlywayTransactionalLock(!"false".equals(header(first, "flyway-transactional-lock")))
                .withModifiedMigrations(modified);
        String pg = header(first, "pg");
        DeploymentScope scope = !set ? DeploymentScope.SINGLE_MIGRATION
                : RuleExamples.since(example).map(DeploymentScope::since).orElse(new DeploymentScope.AllPending());
        EngineConfig config = EngineConfig.defaults().withSettings(settings).withScope(scope)
                .withPgVersion(pg == null ? PgVersion.DEFAULT : PgVersion.parse(pg));
        LintResult result = new Engine(config, REGISTRY).lint(scripts, List.of(), unresolved);

        Set<String> checked = new TreeSet<>();
        checked.add(ruleId);
        List<String> want = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (MigrationScript script : scripts) {
            List<Expectation> expected = expectations(script.text());
            expected.forEach(e -> checked.add(e.ruleId));
            expected.forEach(e -> want.add(script.path() + ": " + e.ruleId + " at line " + e.line));
        }
        for (MigrationScript script : scripts) {
            List<AnalyzedStatement> statements = StatementReader.read(script.text()).statements();
            result.findings().stream().filter(f -> f.file().equals(script.path()) && checked.contains(f.ruleId()))
                    .forEach(f -> got.add(script.path() + ": " + f.ruleId() + " at line " + statementLine(statements, f)));
        }
        want.sort(null);
        got.sort(null);
        assertThat(got).as(describe(result)).isEqualTo(want);
        if (example.getFileName().toString().startsWith("good-")) {
            assertThat(want).as("a good example expects no finding of its rule").noneMatch(w -> w.contains(": " + ruleId + " "));
        }
    }

    /** The first line of the innermost statement holding the finding, or the finding's own line. */
    private static int statementLine(List<AnalyzedStatement> statements, Finding f) {
        AnalyzedStatement best = null;
        for (AnalyzedStatement s : statements) {
            SourceRange r = s.sql().range();
            if (contains(r, f.range().line(), f.range().column())
                    && (best == null || s.sql().startOffset() >= best.sql().startOffset())) {
                best = s;
            }
        }
        return best == null ? f.range().line() : best.sql().range().line();
    }

    private static boolean contains(SourceRange r, int line, int column) {
        boolean afterStart = line > r.line() || (line == r.line() && column >= r.column());
        boolean beforeEnd = line < r.endLine() || (line == r.endLine() && column <= r.endColumn());
        return afterStart && beforeEnd;
    }

    private record Expectation(String ruleId, int line) {
    }

    /** Markers and the line each points at: the next line that is not blank, a marker or a plain comment. */
    private static List<Expectation> expectations(String sql) {
        String[] lines = sql.split("\\R", -1);
        List<Expectation> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = EXPECT.matcher(lines[i]);
            if (!m.matches()) {
                continue;
            }
            int target = i + 1;
            while (target < lines.length && skippable(lines[target])) {
                target++;
            }
            for (String id : m.group(1).split("\\s*,\\s*")) {
                out.add(new Expectation(id.strip(), target + 1));
            }
        }
        return out;
    }

    private static boolean skippable(String line) {
        String t = line.strip();
        return t.isEmpty() || EXPECT.matcher(t).matches() || (t.startsWith("--") && !t.contains("migration-guard:"));
    }

    private static Runner runner(String header) {
        if (header == null) {
            return Runner.FLYWAY;
        }
        return java.util.Arrays.stream(Runner.values()).filter(r -> r.name().replace('_', '-').equalsIgnoreCase(header))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown runner header: " + header));
    }

    private static Map<String, String> placeholders(String header) {
        Map<String, String> values = new HashMap<>();
        if (header != null) {
            for (String pair : header.split(",")) {
                int eq = pair.indexOf('=');
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return values;
    }

    /** Value of a header comment among the first comment lines, or null. */
    private static String header(String sql, String key) {
        for (String line : sql.split("\\R")) {
            String t = line.strip();
            if (!t.startsWith("--")) {
                break;
            }
            Matcher m = HEADER.matcher(t);
            if (m.matches() && m.group(1).equals(key)) {
                return m.group(2);
            }
        }
        return null;
    }

    private static String describe(LintResult result) {
        StringBuilder b = new StringBuilder("findings:");
        for (Finding f : result.findings()) {
            b.append("\n  ").append(f.ruleId()).append(" @").append(f.range().line()).append(": ").append(f.message());
        }
        result.diagnostics().forEach(d -> b.append("\n  diagnostic ").append(d));
        return b.toString();
    }
}
