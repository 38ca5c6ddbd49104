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
                        new BackfillInDdlTransaction(),
                        new BanChar(),
                        new BanMoney(),
                        new BatchLoopInTransaction(),
                        new ChangeColumnType(),
                        new ConcurrentlyInTransaction(),
                        new DisableTrigger(),
                        new DropCascade(),
                        new DropColumn(),
                        new DropDatabaseOrSchema(),
                        new DropNotNull(),
                        new DropTable(),
                        new FlywayMixedTransaction(),
                        new ForeignKeyWithoutIndex(),
                        new IdentifierTooLong(),
                        new LockTimeout(),
                        new NotNullWithoutBackfill(),
                        new PreferBigintKeys(),
                        new PreferIdentity(),
                        new PreferJsonb(),
                        new PreferTimestamptz(),
                        new RandomUuidPrimaryKey(),
                        new RenameColumn(),
                        new RenameTable(),
                        new RequireConcurrentIndex(),
                        new RequireConcurrentIndexDrop(),
                        new SetNotNull(),
                        new TableWithoutPrimaryKey(),
                        new TenantTableWithoutRls(),
                        new Truncate(),
                        new UnanalyzedStatement(),
                        new UnbatchedDelete(),
                        new UnbatchedInsertSelect(),
                        new UnbatchedUpdate(),
                        new UnusedSuppression(),
                        new UpdateWithLimit(),
                        new VolatileDefault())
                .sorted(Comparator.comparing(r -> r.meta().id()))
                .toList();
    }
}
