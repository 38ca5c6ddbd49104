package io.github.migrationguard.source.layout;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.MigrationVersion;
import io.github.migrationguard.source.Runner;
import io.github.migrationguard.source.ScriptKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * golang-migrate: {@code <version>_<title>.up.sql} directly in the folder (not in sub-folders), applied in
 * numeric version order, each sent whole as one query string by its postgres driver. {@code .down.sql}
 * files are not deployed and not linted.
 */
final class GolangMigrateLayout {

    static final String SUFFIX = ".up.sql";

    private GolangMigrateLayout() {
    }

    static boolean isUpFile(Path file) {
        return Files.isRegularFile(file) && FolderReader.fileName(file).toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    static void read(Path dir, FolderReader reader) {
        List<Path> files = reader.children(dir, GolangMigrateLayout::isUpFile);
        Map<MigrationVersion, String> seen = new HashMap<>();
        List<MigrationScript> found = new java.util.ArrayList<>();
        for (Path file : files) {
            String fileName = FolderReader.fileName(file);
            String path = reader.display(file);
            NumberedName name = NumberedName.parse(fileName.substring(0, fileName.length() - SUFFIX.length()));
            if (name.version().isEmpty()) {
                reader.diagnostics.add(Diagnostic.ofFile(path,
                        "not run by golang-migrate: the name must start with a version number (e.g. 0001_init.up.sql)"));
                continue;
            }
            String earlier = seen.putIfAbsent(name.version().get(), path);
            if (earlier != null) {
                reader.diagnostics.add(Diagnostic.ofFile(path, "two migrations with version " + name.version().get()
                        + " (" + earlier + " and " + path + "): golang-migrate refuses to run; both are linted"));
            }
            reader.text(file).ifPresent(text -> found.add(new MigrationScript(path, ScriptKind.VERSIONED,
                    name.version(), name.description(), text, Optional.empty(), Runner.GOLANG_MIGRATE, true)));
        }
        found.sort(Comparator.comparing((MigrationScript s) -> s.version().orElseThrow())
                .thenComparing(MigrationScript::path));
        reader.scripts.addAll(found);
    }
}
