package io.github.migrationguard.rules;

import io.github.migrationguard.model.Statement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything about a rule but its check, in one place: the registry, the documentation page, the
 * CLI's {@code rules} and {@code explain}, and the reports read it from here.
 *
 * @param id              stable id, as users write it in suppressions and POMs
 * @param title           one line, for listings
 * @param category        catalog section
 * @param defaultSeverity severity when the user configures none
 * @param flags           what it flags (markdown, a sentence or two)
 * @param why             what happens on a live database: the lock and what it blocks, the scan, rewrite,
 *                        failure or data loss (markdown)
 * @param recipe          the safe alternative, for the versions it differs on (markdown, SQL in fenced blocks)
 * @param kinds           the statement kinds {@link Rule#check} wants; empty for rules that work only in their
 *                        finish methods or are raised by the engine itself
 * @param inRoutineBodies also hand it statements found in function and procedure bodies (data-change rules)
 * @param changedAppliedScripts also call its {@link Rule#finishScript} for scripts outside the pending set whose text
 *                        changed since they were applied ({@link RuleSettings#modifiedMigrations()}); no other
 *                        method is called for them
 */
public record RuleMeta(String id, String title, Category category, Severity defaultSeverity, String flags,
                       String why, String recipe, Set<Class<? extends Statement>> kinds, boolean inRoutineBodies,
                       boolean changedAppliedScripts) {

    /** A rule that looks at pending scripts only. */
    public RuleMeta(String id, String title, Category category, Severity defaultSeverity, String flags,
                    String why, String recipe, Set<Class<? extends Statement>> kinds, boolean inRoutineBodies) {
        this(id, title, category, defaultSeverity, flags, why, recipe, kinds, inRoutineBodies, false);
    }

    public RuleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(recipe, "recipe");
        kinds = Set.copyOf(kinds);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public boolean wants(Statement statement) {
        for (Class<? extends Statement> kind : kinds) {
            if (kind.isInstance(statement)) {
                return true;
            }
        }
        return false;
    }

    public static final class Builder {
        private final String id;
        private String title;
        private Category category;
        private Severity severity;
        private String flags;
        private String why;
        private String recipe;
        private final Set<Class<? extends Statement>> kinds = new LinkedHashSet<>();
        private boolean inRoutineBodies;
        private boolean changedAppliedScripts;

        private Builder(String id) {
            this.id = id;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        public Builder flags(String flags) {
            this.flags = flags;
            return this;
        }

        public Builder why(String why) {
            this.why = why;
            return this;
        }

        public Builder recipe(String recipe) {
            this.recipe = recipe;
            return this;
        }

        @SafeVarargs
        public final Builder kinds(Class<? extends Statement>... kinds) {
            this.kinds.addAll(List.of(kinds));
            return this;
        }

        /** Also check statements inside function and procedure bodies. */
        public Builder inRoutineBodies() {
            this.inRoutineBodies = true;
            return this;
        }

        /** Also see applied scripts whose text changed since ({@link RuleMeta#changedAppliedScripts()}). */
        public Builder changedAppliedScripts() {
            this.changedAppliedScripts = true;
            return this;
        }

        public RuleMeta build() {
            return new RuleMeta(id, title, category, severity, flags, why, recipe, kinds, inRoutineBodies,
                    changedAppliedScripts);
        }
    }
}
