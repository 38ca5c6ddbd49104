package io.github.migrationguard.source.layout;

import io.github.migrationguard.source.MigrationScript;

import java.nio.file.Path;
import java.util.Locale;

/** A plain folder: every {@code .sql} file under it, in path order, each run as psql runs a file. */
final class PlainLayout {

    private PlainLayout() {
    }

    static void read(Path dir, FolderReader reader) {
        for (Path file : reader.walk(dir, f -> FolderReader.fileName(f).toLowerCase(Locale.ROOT).endsWith(".sql"))) {
            reader.text(file).ifPresent(text -> reader.scripts.add(MigrationScript.plain(reader.display(file), text)));
        }
    }
}
