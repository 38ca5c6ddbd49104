package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.rules.Rule;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The rules Migration Guard ships, sorted by id. */
public final class BuiltinRules {

    private BuiltinRules() {
    }

    public static List<Rule> all() {
        return Stream.<Rule>of(
                        new AddCheckConstraint(),
                        new AddForeignKey(),
                        new AddNotNullColumnWithoutDefault(),
                        new AddUniqueConstraint(),
                        new ChangeColumnType(),
                        new ConcurrentlyInTransaction(),
                        new DropColumn(),
                        new DropTable(),
                        new FlywayMixedTransaction(),
                        new FlywayTransactionalLock(),
                        new FlywayUnknownPlaceholder(),
                        new LockTimeout(),
                        new ModifiedAppliedMigration(),
                        new NotNullWithoutBackfill(),
                        new RenameColumn(),
                        new RenameTable(),
                        new RequireConcurrentIndex(),
                        new RequireConcurrentIndexDrop(),
                        new SetNotNull(),
                        new Truncate(),
                        new UnanalyzedStatement(),
                        new UnbatchedDelete(),
                        new UnbatchedUpdate(),
                        new UnusedSuppression(),
                        new UpdateWithLimit(),
                        new VolatileDefault())
                .sorted(Comparator.comparing(r -> r.meta().id()))
                .toList();
    }
}
