package io.github.migrationguard.source.layout;

import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.Runner;
import io.github.migrationguard.source.ScriptKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Prisma Migrate: {@code migrations/<timestamp>_<name>/migration.sql}, applied in folder-name order, each sent
 * whole as one query string by {@code prisma migrate deploy}.
 */
final class PrismaLayout {

    static final String FILE = "migration.sql";

    private PrismaLayout() {
    }

    static void read(Path dir, FolderReader reader) {
        for (Path folder : reader.children(dir, Files::isDirectory)) {
            Path file = folder.resolve(FILE);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            NumberedName name = NumberedName.parse(FolderReader.fileName(folder));
            reader.text(file).ifPresent(text -> reader.scripts.add(new MigrationScript(reader.display(file),
                    ScriptKind.VERSIONED, name.version(), name.description(), text, Optional.empty(), Runner.PRISMA,
                    true)));
        }
    }
}
