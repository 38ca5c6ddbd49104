package io.github.migrationguard.source.layout;

import io.github.migrationguard.source.FlywayNaming;
import io.github.migrationguard.source.FlywaySettings;
import io.github.migrationguard.source.ScriptFiles;
import io.github.migrationguard.source.ScriptName;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Tells a folder's layout from its files, the most specific sign first: sub-folders with {@code migration.sql}
 * (Prisma) or {@code up.sql} (diesel), {@code *.up.sql} files (golang-migrate), a {@code --liquibase formatted sql}
 * first line (Liquibase), Flyway-named files; otherwise a plain folder.
 */
public final class LayoutDetector {

    /** The layout and the sign that gave it away, for the log. */
    public record Detection(Layout layout, String reason) {
    }

    private static final int HEADER_BYTES = 256;

    private LayoutDetector() {
    }

    public static Detection detect(Path dir, FlywaySettings flyway) {
        List<Path> children = list(dir);
        if (children.stream().anyMatch(c -> Files.isRegularFile(c.resolve(PrismaLayout.FILE)))) {
            return new Detection(Layout.PRISMA, "sub-folders with " + PrismaLayout.FILE);
        }
        if (children.stream().anyMatch(c -> Files.isRegularFile(c.resolve(DieselLayout.FILE)))) {
            return new Detection(Layout.DIESEL, "sub-folders with " + DieselLayout.FILE);
        }
        if (children.stream().anyMatch(GolangMigrateLayout::isUpFile)) {
            return new Detection(Layout.GOLANG_MIGRATE, "*" + GolangMigrateLayout.SUFFIX + " files");
        }
        List<Path> files = walk(dir);
        if (files.stream().anyMatch(LayoutDetector::startsLikeLiquibase)) {
            return new Detection(Layout.LIQUIBASE, "a '--liquibase formatted sql' changelog");
        }
        FlywayNaming naming = new FlywayNaming(flyway);
        if (files.stream().anyMatch(f -> naming.classify(f.getFileName().toString()) instanceof ScriptName.Migration)) {
            return new Detection(Layout.FLYWAY, "Flyway-named migrations");
        }
        boolean anySql = files.stream().anyMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql"));
        return anySql
                ? new Detection(Layout.PLAIN, ".sql files with no runner's naming")
                : new Detection(Layout.FLYWAY, "no migrations yet: Flyway assumed");
    }

    private static boolean startsLikeLiquibase(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return LiquibaseLayout.isFormattedSql(new String(in.readNBytes(HEADER_BYTES), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false; // reading it properly later reports the problem
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static List<Path> walk(Path dir) {
        return ScriptFiles.walk(dir, dir, new ArrayList<>()); // reading the layout later reports what is unreadable
    }
}
