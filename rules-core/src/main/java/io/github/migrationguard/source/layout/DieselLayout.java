package io.github.migrationguard.source.layout;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.Runner;
import io.github.migrationguard.source.ScriptKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * diesel: {@code migrations/<version>_<name>/up.sql}, applied in folder-name order, each in a transaction
 * unless the folder's {@code metadata.toml} says {@code run_in_transaction = false}. diesel sends the file
 * whole ({@code batch_execute}).
 */
final class DieselLayout {

    static final String FILE = "up.sql";
    private static final Pattern RUN_IN_TRANSACTION =
            Pattern.compile("(?m)^\\s*run_in_transaction\\s*=\\s*(\\S+?)\\s*(?:#.*)?$");

    private DieselLayout() {
    }

    static void read(Path dir, FolderReader reader) {
        for (Path folder : reader.children(dir, Files::isDirectory)) {
            Path file = folder.resolve(FILE);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            NumberedName name = NumberedName.parse(FolderReader.fileName(folder));
            Optional<Boolean> inTransaction = runInTransaction(folder.resolve("metadata.toml"), reader);
            reader.text(file).ifPresent(text -> reader.scripts.add(new MigrationScript(reader.display(file),
                    ScriptKind.VERSIONED, name.version(), name.description(), text, inTransaction, Runner.DIESEL,
                    true)));
        }
    }

    private static Optional<Boolean> runInTransaction(Path metadata, FolderReader reader) {
        if (!Files.isRegularFile(metadata)) {
            return Optional.empty();
        }
        Optional<String> text = reader.text(metadata);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = RUN_IN_TRANSACTION.matcher(text.get());
        if (!m.find()) {
            return Optional.empty();
        }
        String value = m.group(1).toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return Optional.of(Boolean.valueOf(value));
        }
        reader.diagnostics.add(Diagnostic.ofFile(reader.display(metadata),
                "run_in_transaction must be true or false, not '" + m.group(1) + "'"));
        return Optional.empty();
    }
}
