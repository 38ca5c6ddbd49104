package io.github.migrationguard.report;

import io.github.migrationguard.rules.Category;

import java.util.Set;

/**
 * The sections of the Markdown review report, and the one place that decides which rule goes where:
 * security-relevant rules by id, the others by their category.
 */
enum ReviewSection {
    MIGRATION_RISKS("Migration risks", "locks, rewrites, transactions and changes the running application notices"),
    DATA_CHANGES("Data changes", "statements that rewrite or delete rows"),
    SCHEMA_ISSUES("Schema issues", "schema design worth a second look"),
    SECURITY("Security concerns", "row-level security, tenants, triggers and privileges"),
    OTHER("Other findings", "statements not analysed and suppressions that suppress nothing");

    /** Rules whose findings weaken security or isolation, whatever their category. */
    private static final Set<String> SECURITY_RULES = Set.of("tenant-table-without-rls", "disable-trigger");

    private final String title;
    private final String about;

    ReviewSection(String title, String about) {
        this.title = title;
        this.about = about;
    }

    String title() {
        return title;
    }

    String about() {
        return about;
    }

    static ReviewSection of(String ruleId, Category category) {
        if (SECURITY_RULES.contains(ruleId) || ruleId.contains("grant") || ruleId.contains("rls")
                || ruleId.contains("privilege") || ruleId.contains("security")) {
            return SECURITY;
        }
        if (category == null) {
            return OTHER;
        }
        return switch (category) {
            case LOCKS, TRANSACTIONS, COMPATIBILITY -> MIGRATION_RISKS;
            case DATA_CHANGES -> DATA_CHANGES;
            case SCHEMA_DESIGN -> SCHEMA_ISSUES;
            case META -> OTHER;
        };
    }
}
