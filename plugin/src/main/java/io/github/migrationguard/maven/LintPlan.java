package io.github.migrationguard.maven;

import io.github.migrationguard.engine.EngineConfig;
import io.github.migrationguard.pending.GitChanges;
import io.github.migrationguard.pending.PendingChoice;
import io.github.migrationguard.pending.PendingException;
import io.github.migrationguard.pending.PendingFailure;
import io.github.migrationguard.pending.PendingLookup;
import io.github.migrationguard.pending.PendingResolver;
import io.github.migrationguard.rules.RuleSettings;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.SourceSet;
import io.github.migrationguard.source.discovery.ResolvedFlyway;
import io.github.migrationguard.source.layout.Layout;
import io.github.migrationguard.source.layout.LayoutSource;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What one check run lints and how, from the discovered Flyway configuration, the mojo's parameters, the
 * layout of each migration folder and the pending set, with the log lines that say where each came from.
 *
 * @param flyway the Flyway settings used (discovered, then the parameters)
 * @param source the scripts found
 * @param config the engine configuration, pending set included
 * @param log    what was discovered and chosen, for the build log
 */
record LintPlan(FlywaySettings flyway, SourceSet source, EngineConfig config, List<LogLine> log) {

    /** The project and the mojo's parameters, as the plan needs them. */
    record Inputs(Path baseDir, List<Path> resourceRoots, ResolvedFlyway discovered, FlywayParameters flyway,
                  EngineConfig config, String layout, String since, PendingSetup.Parameters pending,
                  String pendingFailure, Settings settings, SettingsDecrypter decrypter) {
    }

    static LintPlan prepare(Inputs in) throws ConfigurationException, PendingException {
        List<LogLine> log = new ArrayList<>();
        ResolvedFlyway discovered = in.discovered();
        if (!discovered.origins().isEmpty()) {
            log.add(info("Flyway configuration from " + String.join(", ", discovered.origins())));
        }
        discovered.problems().forEach(p -> log.add(warn(p.toString())));

        FlywaySettings flyway = ConfigMapper.flywaySettings(in.flyway(), discovered.settings());
        Layout layout;
        PendingFailure onFailure;
        try {
            layout = Layout.parseOrAuto(in.layout());
            onFailure = PendingFailure.parse(in.pendingFailure());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
        LayoutSource.Scan scan = LayoutSource.scanLocations(in.baseDir(), in.resourceRoots(), flyway, layout);
        scan.folders().forEach(f -> log.add(info("Migrations in " + f)));
        SourceSet source = scan.source();
        List<Path> folders = scan.folders().stream().map(f -> in.baseDir().resolve(f.folder())).toList();

        AtomicReference<GitChanges> changes = new AtomicReference<>();
        Supplier<PendingLookup> git = PendingSetup.git(in.pending().gitBase(), in.baseDir(), source.scripts(),
                changes::set);
        Supplier<PendingLookup> database = PendingSetup.database(in.pending(), discovered, in.settings(),
                in.decrypter(), flyway, folders, source.scripts());
        PendingChoice choice;
        try {
            choice = PendingResolver.choose(in.since(), database, git, onFailure);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("since: " + e.getMessage());
        }
        choice.warnings().forEach(w -> log.add(warn(w)));
        choice.logLines(source.scripts()).forEach(l -> log.add(info(l)));

        RuleSettings given = in.config().settings();
        RuleSettings settings = new RuleSettings(given.runnerSetsLockTimeout(), flyway.mixed(), given.tenantColumns(),
                discovered.transactionalLock(),
                changes.get() == null ? Map.of() : changes.get().modifiedMigrations(source.scripts()),
                flyway.executeInTransaction());
        flyway.groupCaveat().ifPresent(c -> log.add(warn(c)));
        return new LintPlan(flyway, source, in.config().withSettings(settings).withScope(choice.scope()), log);
    }

    private static LogLine info(String text) {
        return new LogLine(LogLine.Level.INFO, "Migration Guard: " + text);
    }

    private static LogLine warn(String text) {
        return new LogLine(LogLine.Level.WARN, "Migration Guard: " + text);
    }
}
