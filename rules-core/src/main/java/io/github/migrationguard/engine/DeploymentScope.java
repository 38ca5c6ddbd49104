package io.github.migrationguard.engine;

import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.MigrationVersion;

import java.util.Set;

/**
 * Which scripts one deployment will run (the pending set), so that a table created earlier in it
 * counts as new. Scripts outside the pending set were applied before: the engine replays them into
 * the catalog but does not lint them. With no pending information each migration is its own scope.
 */
public sealed interface DeploymentScope {

    /** No pending information: every script is linted, and only what it creates itself is new. */
    DeploymentScope SINGLE_MIGRATION = new SingleMigration();

    /**
     * The scope a {@code since} setting asks for: the scripts after that version, or one migration at a
     * time when it is absent or blank. Throws {@link IllegalArgumentException} for a malformed version.
     */
    static DeploymentScope since(String version) {
        if (version == null || version.isBlank()) {
            return SINGLE_MIGRATION;
        }
        return new Since(MigrationVersion.parse(version.strip()));
    }

    /** Whether the script is pending (linted) rather than applied (only replayed). */
    boolean isPending(MigrationScript script);

    /** Whether newness resets at every script: true when each migration is its own scope. */
    default boolean perScript() {
        return false;
    }

    /** The default: each migration is its own deployment. */
    record SingleMigration() implements DeploymentScope {
        @Override
        public boolean isPending(MigrationScript script) {
            return true;
        }

        @Override
        public boolean perScript() {
            return true;
        }
    }

    /** Every script given is pending: one deployment of them all, as on a fresh database. */
    record AllPending() implements DeploymentScope {
        @Override
        public boolean isPending(MigrationScript script) {
            return true;
        }
    }

    /**
     * The scripts after {@code version} are pending; scripts without a version (repeatable, plain) are
     * taken as pending, since a runner re-applies them when they change.
     */
    record Since(MigrationVersion version) implements DeploymentScope {
        @Override
        public boolean isPending(MigrationScript script) {
            return script.version().map(v -> v.compareTo(version) > 0).orElse(true);
        }
    }

    /** Exactly these scripts (by their reported path) are pending. */
    record Paths(Set<String> paths) implements DeploymentScope {
        public Paths {
            paths = Set.copyOf(paths);
        }

        @Override
        public boolean isPending(MigrationScript script) {
            return paths.contains(script.path());
        }
    }
}
