package io.github.migrationguard.bench;

import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.FlywaySource;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.SourceSet;
import io.github.migrationguard.sql.ReadResult;
import io.github.migrationguard.sql.StatementReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Warm throughput over the shared corpus of real migrations: reading only (lexer, splitter,
 * frontends) and the whole lint (plus transactions, catalog and every rule). Divide the
 * statement count the setup prints by the time per operation for statements per second.
 *
 * <pre>
 * ./mvnw -q -B -Pbench -pl bench -am package -DskipTests
 * java -Dcorpus=../shared/corpus -jar bench/target/benchmarks.jar
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusBenchmark {

    private static final List<String> FOLDERS = List.of("harness", "marquez", "supabase-auth", "uaa");

    /** The 23 rules of the walking skeleton: with only these on, a run measures what the catalog and engine cost. */
    private static final Set<String> SKELETON_RULES = Set.of("require-concurrent-index", "require-concurrent-index-drop",
            "concurrently-in-transaction", "volatile-default", "add-not-null-column-without-default", "set-not-null",
            "not-null-without-backfill", "change-column-type", "add-foreign-key", "add-check-constraint",
            "add-unique-constraint", "unbatched-update", "unbatched-delete", "update-with-limit", "drop-table",
            "drop-column", "rename-column", "rename-table", "truncate", "lock-timeout", "flyway-mixed-transaction",
            "unanalyzed-statement", "unused-suppression");

    /** {@code all} rules, or only the {@code skeleton} ones. */
    @Param({"all", "skeleton"})
    public String rules;

    private List<MigrationScript> scripts;
    private Engine engine;

    @Setup(Level.Trial)
    public void load() {
        Path corpus = Path.of(System.getProperty("corpus", "../shared/corpus")).toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("no corpus at " + corpus + ": pass -Dcorpus=DIR");
        }
        SourceSet set = FlywaySource.readPaths(corpus, FOLDERS.stream().map(Path::of).toList(),
                FlywaySettings.defaults());
        scripts = set.scripts();
        RuleRegistry registry = RuleRegistry.builtin();
        Map<String, Severity> off = new HashMap<>();
        if (rules.equals("skeleton")) {
            registry.rules().stream().map(r -> r.meta().id()).filter(id -> !SKELETON_RULES.contains(id))
                    .forEach(id -> off.put(id, Severity.OFF));
        }
        engine = new Engine(EngineConfig.defaults().withSeverities(off), registry);
        LintResult once = engine.lint(scripts, set.diagnostics());
        System.out.printf("%ncorpus: %d files, %d statements%n", once.summary().files(), once.summary().statements());
    }

    @Benchmark
    public void read(Blackhole hole) {
        for (MigrationScript script : scripts) {
            ReadResult read = StatementReader.read(script.text());
            hole.consume(read);
        }
    }

    @Benchmark
    public LintResult lint() {
        return engine.lint(scripts, List.of());
    }
}
