package io.github.migrationguard.source;

import io.github.migrationguard.Diagnostic;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads Flyway migrations the way Flyway 13 does: every file under each location (recursively)
 * whose name ends with a migration suffix, classified by {@link FlywayNaming}, read with its
 * {@code <script>.conf}, decoded by {@link ScriptDecoder}, placeholders replaced by {@link Placeholders}.
 * Never throws on bad input: each problem becomes a {@link Diagnostic} and the rest goes on.
 *
 * <p>Locations: {@code filesystem:dir} is relative to the base directory; {@code classpath:dir} is looked
 * up in each resource root; an unprefixed location is classpath for Flyway, so we look it up there first
 * and fall back to a directory relative to the base directory.
 */
public final class FlywaySource {

    private static final String FILESYSTEM = "filesystem:";
    private static final String CLASSPATH = "classpath:";

    private static final Comparator<MigrationScript> BY_VERSION =
            Comparator.comparing(s -> s.version().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * Flyway's order: versions ascending, then repeatables by description. Undo scripts are no part of that
     * chain ({@code flyway undo} runs them, newest first, to roll back what was deployed), so they come after
     * it, newest first, and what they drop never hides a table from the migrations after them. Plain scripts
     * last, by path.
     */
    private static final Comparator<MigrationScript> EXECUTION_ORDER = Comparator
            .comparingInt(FlywaySource::orderGroup)
            .thenComparing((a, b) -> a.kind() == ScriptKind.UNDO ? BY_VERSION.compare(b, a) : BY_VERSION.compare(a, b))
            .thenComparingInt(s -> s.kind().ordinal())
            .thenComparing(MigrationScript::description)
            .thenComparing(MigrationScript::path);

    private final Path baseDir;
    private final FlywaySettings settings;
    private final FlywayNaming naming;
    private final List<MigrationScript> scripts = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<UnresolvedPlaceholder> unresolved = new ArrayList<>();
    private final Set<Path> seen = new LinkedHashSet<>();

    private FlywaySource(Path baseDir, FlywaySettings settings) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.settings = settings;
        this.naming = new FlywayNaming(settings);
    }

    /**
     * The migrations of a project.
     *
     * @param baseDir       the project root: filesystem locations and reported paths are relative to it
     * @param resourceRoots where {@code classpath:} locations are looked up (e.g. {@code src/main/resources}),
     *                      relative to {@code baseDir} unless absolute
     */
    public static SourceSet scan(Path baseDir, List<Path> resourceRoots, FlywaySettings settings) {
        FlywaySource source = new FlywaySource(baseDir, settings);
        for (String location : settings.locations()) {
            List<Path> dirs = source.resolve(location, resourceRoots);
            if (dirs.isEmpty()) {
                source.diagnostics.add(Diagnostic.ofFile(location, "migration location not found"));
            }
            dirs.forEach(source::scanDirectory);
        }
        return source.finish();
    }

    /**
     * What the CLI reads: each path a folder (scanned as a location) or a file. A file not named like a
     * Flyway migration is read as a {@link ScriptKind#PLAIN} script, without placeholder replacement.
     *
     * @param paths relative to {@code baseDir} unless absolute
     */
    public static SourceSet readPaths(Path baseDir, List<Path> paths, FlywaySettings settings) {
        FlywaySource source = new FlywaySource(baseDir, settings);
        for (Path given : paths) {
            Path path = source.baseDir.resolve(given).normalize();
            if (Files.isDirectory(path)) {
                int before = source.scripts.size();
                source.scanDirectory(path);
                if (source.scripts.size() == before) {
                    source.readPlainFolder(path);
                }
            } else if (Files.isRegularFile(path)) {
                source.readFile(path);
            } else {
                source.diagnostics.add(Diagnostic.ofFile(source.display(path), "no such file or directory"));
            }
        }
        return source.finish();
    }

    /**
     * The directories a Flyway location names: {@code filesystem:dir} relative to {@code baseDir},
     * {@code classpath:dir} in each resource root, an unprefixed one in the resource roots, else relative to
     * {@code baseDir}. Empty when none exists.
     */
    public static List<Path> resolveLocation(Path baseDir, String location, List<Path> resourceRoots) {
        return new FlywaySource(baseDir, FlywaySettings.defaults()).resolve(location, resourceRoots);
    }

    private List<Path> resolve(String location, List<Path> resourceRoots) {
        if (location.startsWith(FILESYSTEM)) {
            Path dir = baseDir.resolve(location.substring(FILESYSTEM.length())).normalize();
            return Files.isDirectory(dir) ? List.of(dir) : List.of();
        }
        boolean explicitClasspath = location.startsWith(CLASSPATH);
        String relative = stripSlashes(explicitClasspath ? location.substring(CLASSPATH.length()) : location);
        List<Path> dirs = new ArrayList<>();
        for (Path root : resourceRoots) {
            Path dir = baseDir.resolve(root).resolve(relative).normalize();
            if (Files.isDirectory(dir)) {
                dirs.add(dir);
            }
        }
        if (dirs.isEmpty() && !explicitClasspath && Files.isDirectory(baseDir.resolve(relative))) {
            dirs.add(baseDir.resolve(relative).normalize());
        }
        return dirs;
    }

    private static String stripSlashes(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p;
    }

    private void scanDirectory(Path dir) {
        for (Path file : ScriptFiles.walk(baseDir, dir, diagnostics)) {
            String fileName = file.getFileName().toString();
            if (!naming.hasMigrationSuffix(fileName) || seen.contains(file)) {
                continue;
            }
            ScriptName name = naming.classify(fileName);
            if (name instanceof ScriptName.Migration migration) {
                seen.add(file);
                load(file, migration);
            } else if (name instanceof ScriptName.Malformed malformed) {
                diagnostics.add(Diagnostic.ofFile(display(file), "not run by Flyway: " + malformed.reason()));
            }
        }
    }

    /** A folder with no Flyway migrations: every {@code .sql} file in it is a plain script, in path order. */
    private void readPlainFolder(Path dir) {
        // listed once already by scanDirectory, which reported what it could not read
        ScriptFiles.walk(baseDir, dir, new ArrayList<>()).stream()
                .filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql"))
                .forEach(this::readFile);
    }

    private void readFile(Path file) {
        if (!seen.add(file)) {
            return;
        }
        ScriptName name = naming.classify(file.getFileName().toString());
        if (name instanceof ScriptName.Migration migration) {
            load(file, migration);
            return;
        }
        if (name instanceof ScriptName.Malformed malformed) {
            diagnostics.add(Diagnostic.ofFile(display(file), "not run by Flyway: " + malformed.reason()
                    + "; linted as a plain script"));
        }
        String path = display(file);
        readText(file, path, settings.encoding()).ifPresent(text -> {
            checkTemplate(path, text);
            scripts.add(MigrationScript.plain(path, text));
        });
    }

    private void load(Path file, ScriptName.Migration name) {
        String path = display(file);
        ScriptConf conf = readConf(file);
        diagnostics.addAll(conf.problems());
        if (conf.neverExecutes()) {
            diagnostics.add(Diagnostic.ofFile(path, "shouldExecute=false in its .conf: Flyway does not run it, not linted"));
            return;
        }
        Optional<String> decoded = readText(file, path, conf.encoding().orElse(settings.encoding()));
        if (decoded.isEmpty()) {
            return;
        }
        String text = decoded.get();
        if (conf.placeholderReplacement().orElse(settings.placeholderReplacement())) {
            Placeholders.Replaced replaced = Placeholders.forScript(settings, file.getFileName().toString(),
                    baseDir.toString()).replace(path, text);
            text = replaced.text();
            unresolved.addAll(replaced.unresolved());
        }
        checkTemplate(path, text);
        scripts.add(new MigrationScript(path, name.kind(), name.version(), name.description(), text,
                conf.executeInTransaction()));
    }

    private ScriptConf readConf(Path script) {
        Path confFile = script.resolveSibling(script.getFileName() + ScriptConf.SUFFIX);
        if (!Files.isRegularFile(confFile)) {
            return ScriptConf.NONE;
        }
        String confPath = display(confFile);
        try {
            Optional<String> text = ScriptDecoder.decodeStrict(Files.readAllBytes(confFile), settings.encoding());
            if (text.isEmpty()) {
                return withProblem(Diagnostic.ofFile(confPath, "not valid " + settings.encoding().name() + ", ignored"));
            }
            String conf = text.get();
            if (settings.placeholderReplacement()) {
                conf = Placeholders.forScript(settings, script.getFileName().toString(), baseDir.toString())
                        .replace(confPath, conf).text();
            }
            return ScriptConf.parse(confPath, conf);
        } catch (IOException e) {
            return withProblem(Diagnostic.ofFile(confPath, "cannot read: " + ScriptFiles.reason(e)));
        }
    }

    private static ScriptConf withProblem(Diagnostic problem) {
        return new ScriptConf(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(problem));
    }

    private Optional<String> readText(Path file, String path, Charset charset) {
        return ScriptFiles.read(file, path, charset, diagnostics);
    }

    private void checkTemplate(String path, String text) {
        ScriptFiles.checkTemplate(path, text, diagnostics);
    }

    private SourceSet finish() {
        List<MigrationScript> ordered = scripts.stream().sorted(EXECUTION_ORDER).toList();
        reportDuplicates(ordered);
        return new SourceSet(ordered, diagnostics, unresolved);
    }

    /** Flyway refuses two migrations of one kind with the same version, or two repeatables with one description. */
    private void reportDuplicates(List<MigrationScript> ordered) {
        Map<String, MigrationScript> first = new HashMap<>();
        for (MigrationScript script : ordered) {
            String key;
            String what;
            if (script.kind() == ScriptKind.REPEATABLE) {
                key = "R:" + script.description();
                what = "repeatable migration with description '" + script.description() + "'";
            } else if (script.version().isPresent()) {
                // parts, not text: 1.0 and 1 are the same version
                key = script.kind() + ":" + script.version().get().parts();
                what = kindName(script.kind()) + " with version " + script.version().get();
            } else {
                continue;
            }
            MigrationScript earlier = first.putIfAbsent(key, script);
            if (earlier != null) {
                diagnostics.add(Diagnostic.ofFile(script.path(), "found more than one " + what + " ("
                        + earlier.path() + " and " + script.path() + "): Flyway refuses to migrate"));
            }
        }
    }

    private static String kindName(ScriptKind kind) {
        return switch (kind) {
            case UNDO -> "undo migration";
            case BASELINE -> "baseline migration";
            default -> "migration";
        };
    }

    private static int orderGroup(MigrationScript script) {
        return switch (script.kind()) {
            case VERSIONED, BASELINE -> 0;
            case REPEATABLE -> 1;
            case UNDO -> 2;
            case PLAIN -> 3;
        };
    }

    /** Relative to the base directory, '/'-separated. */
    private String display(Path file) {
        return ScriptFiles.display(baseDir, file);
    }
}
