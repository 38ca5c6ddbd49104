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
                        new AddExclusionConstraint(),
                        new AddForeignKey(),
                        new AddIdentityOrSerialColumn(),
                        new AddNotNullColumnWithoutDefault(),
                        new AddStoredGeneratedColumn(),
                        new AddUniqueConstraint(),
                        new AttachPartition(),
                        new BackfillInDdlTransaction(),
                        new BanChar(),
                        new BanMoney(),
                        new BatchLoopInTransaction(),
                        new ChangeColumnType(),
                        new ConcurrentlyInTransaction(),
                        new DetachPartitionConcurrently(),
                        new DisableTrigger(),
                        new DomainCheckConstraint(),
                        new DropCascade(),
                        new DropColumn(),
                        new DropDatabaseOrSchema(),
                        new DropNotNull(),
                        new DropTable(),
                        new ExclusiveLockHeld(),
                        new FlywayMixedTransaction(),
                        new FlywayTransactionalLock(),
                        new FlywayUnknownPlaceholder(),
                        new ForeignKeyWithoutIndex(),
                        new IdempotentNonTransactional(),
                        new IdentifierTooLong(),
                        new LockTimeout(),
                        new ModifiedAppliedMigration(),
                        new NewEnumValueInTransaction(),
                        new NotNullWithoutBackfill(),
                        new Pg14ConcurrentIndexBug(),
                        new PreferBigintKeys(),
                        new PreferIdentity(),
                        new PreferJsonb(),
                        new PreferTimestamptz(),
                        new RandomUuidPrimaryKey(),
                        new RefreshMatviewConcurrently(),
                        new RenameColumn(),
                        new RenameTable(),
                        new RequireConcurrentIndex(),
                        new RequireConcurrentIndexDrop(),
                        new RequireConcurrentReindex(),
                        new RewriteOrFullLock(),
                        new SetNotNull(),
                        new TableWithoutPrimaryKey(),
                        new TenantTableWithoutRls(),
                        new TransactionNesting(),
                        new Truncate(),
                        new UnanalyzedStatement(),
                        new UnbatchedDelete(),
                        new UnbatchedInsertSelect(),
                        new UnbatchedUpdate(),
                        new UncommittedTransaction(),
                        new UnusedSuppression(),
                        new UpdateWithLimit(),
                        new ValidateInSameTransaction(),
                        new VolatileDefault())
                .sorted(Comparator.comparing(r -> r.meta().id()))
                .toList();
    }
}
