package io.github.migrationguard.pending;

import io.github.migrationguard.engine.DeploymentScope;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PendingResolverTest {

    private static final PendingLookup DB = new PendingLookup.Found(Set.of("V3__x.sql"), "jdbc:postgresql://db/shop");
    private static final PendingLookup GIT = new PendingLookup.Found(Set.of("V2__y.sql", "V3__x.sql"), "origin/main");
    private static final PendingLookup DOWN = new PendingLookup.Failed("cannot connect to jdbc:postgresql://db/shop");

    @Test
    void sinceWinsAndNothingElseIsAsked() throws PendingException {
        AtomicBoolean asked = new AtomicBoolean();
        PendingChoice choice = PendingResolver.choose("2", () -> {
            asked.set(true);
            return DB;
        }, () -> GIT, PendingFailure.FAIL);

        assertThat(choice.mode()).isEqualTo(PendingMode.SINCE);
        assertThat(choice.scope()).isEqualTo(DeploymentScope.since("2"));
        assertThat(asked).isFalse();
    }

    @Test
    void databaseWinsOverGit() throws PendingException {
        PendingChoice choice = PendingResolver.choose(null, () -> DB, () -> GIT, PendingFailure.FAIL);

        assertThat(choice.mode()).isEqualTo(PendingMode.DATABASE);
        assertThat(choice.scope()).isEqualTo(new DeploymentScope.Paths(Set.of("V3__x.sql")));
    }

    @Test
    void aFailingDatabaseStopsTheRunWithFail() {
        assertThatThrownBy(() -> PendingResolver.choose(null, () -> DOWN, () -> GIT, PendingFailure.FAIL))
                .isInstanceOf(PendingException.class)
                .hasMessage("cannot connect to jdbc:postgresql://db/shop (pendingFailure=fail)");
    }

    @Test
    void aFailingDatabaseFallsBackWithLintAll() throws PendingException {
        PendingChoice toGit = PendingResolver.choose(null, () -> DOWN, () -> GIT, PendingFailure.LINT_ALL);
        assertThat(toGit.mode()).isEqualTo(PendingMode.GIT);
        assertThat(toGit.warnings()).singleElement().asString().contains("going on without the database");

        PendingChoice toNone = PendingResolver.choose(null, () -> DOWN, null, PendingFailure.LINT_ALL);
        assertThat(toNone.mode()).isEqualTo(PendingMode.NONE);
        assertThat(toNone.scope()).isEqualTo(DeploymentScope.SINGLE_MIGRATION);
    }

    @Test
    void nothingConfiguredMeansEachMigrationOnItsOwn() throws PendingException {
        PendingChoice choice = PendingResolver.choose(" ", null, null, PendingFailure.FAIL);
        assertThat(choice.mode()).isEqualTo(PendingMode.NONE);
        assertThat(choice.logLines(java.util.List.of())).singleElement().asString().startsWith("Pending set: none known");
    }

    @Test
    void pendingFailureNames() {
        assertThat(PendingFailure.parse(null)).isEqualTo(PendingFailure.LINT_ALL);
        assertThat(PendingFailure.parse("FAIL")).isEqualTo(PendingFailure.FAIL);
        assertThatThrownBy(() -> PendingFailure.parse("ignore")).hasMessageContaining("'fail' or 'lint-all'");
    }
}
