package io.github.migrationguard.bench;

import io.github.migrationguard.engine.Engine;
import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.engine.LintResult;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        engine = new Engine(EngineConfig.defaults());
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
