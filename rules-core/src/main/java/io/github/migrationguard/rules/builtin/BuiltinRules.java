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
                        new DropColumn(),
                        new DropTable(),
                        new FlywayMixedTransaction(),
                        new RenameColumn(),
                        new RenameTable(),
                        new Truncate(),
                        new UnanalyzedStatement(),
                        new UnbatchedDelete(),
                        new UnbatchedUpdate(),
                        new UnusedSuppression(),
                        new UpdateWithLimit())
                .sorted(Comparator.comparing(r -> r.meta().id()))
                .toList();
    }
}
