package io.github.migrationguard.rules;

import io.github.migrationguard.model.Statement;

import java.util.Set;

/**
 * Everything about a rule but its check, in one place: the registry, the docs generator, the CLI's
 * {@code rules} listing and the reports read it from here.
 *
 * @param id              stable id, as users write it in suppressions and POMs
 * @param title           one line, for listings
 * @param category        catalog section
 * @param defaultSeverity severity when the user configures none
 * @param description     what it flags and why, a short paragraph (markdown allowed)
 * @param kinds           the statement kinds {@link Rule#check} wants; empty means none (a rule that works
 *                        only in its finish methods)
 * @param inRoutineBodies also hand it statements found in function and procedure bodies
 */
public record RuleMeta(String id, String title, Category category, Severity defaultSeverity, String description,
                       Set<Class<? extends Statement>> kinds, boolean inRoutineBodies) {

    public RuleMeta {
        kinds = Set.copyOf(kinds);
    }

    @SafeVarargs
    public static RuleMeta of(String id, String title, Category category, Severity defaultSeverity,
                              String description, Class<? extends Statement>... kinds) {
        return new RuleMeta(id, title, category, defaultSeverity, description, Set.of(kinds), false);
    }

    /** The same rule, also handed statements inside function and procedure bodies. */
    public RuleMeta withRoutineBodies() {
        return new RuleMeta(id, title, category, defaultSeverity, description, kinds, true);
    }

    public boolean wants(Statement statement) {
        for (Class<? extends Statement> kind : kinds) {
            if (kind.isInstance(statement)) {
                return true;
            }
        }
        return false;
    }
}
