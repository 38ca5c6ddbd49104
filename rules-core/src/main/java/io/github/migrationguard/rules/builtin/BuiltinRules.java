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
                        new ChangeColumnType(),
                        new ConcurrentlyInTransaction(),
                        new DetachPartitionConcurrently(),
                        new DomainCheckConstraint(),
                        new DropColumn(),
                        new DropTable(),
                        new ExclusiveLockHeld(),
                        new FlywayMixedTransaction(),
                        new IdempotentNonTransactional(),
                        new LockTimeout(),
                        new NewEnumValueInTransaction(),
                        new NotNullWithoutBackfill(),
                        new Pg14ConcurrentIndexBug(),
                        new RefreshMatviewConcurrently(),
                        new RenameColumn(),
                        new RenameTable(),
                        new RequireConcurrentIndex(),
                        new RequireConcurrentIndexDrop(),
                        new RequireConcurrentReindex(),
                        new RewriteOrFullLock(),
                        new SetNotNull(),
                        new TransactionNesting(),
                        new Truncate(),
                        new UnanalyzedStatement(),
                        new UnbatchedDelete(),
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
