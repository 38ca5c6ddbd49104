package io.github.migrationguard.sql;

import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;

import java.util.Optional;

/** {@code ALTER DOMAIN}: the actions that check existing rows are read, the rest kept as {@code OTHER}. */
final class DomainReader {

    private DomainReader() {
    }

    /** The cursor stands after {@code ALTER DOMAIN}. */
    static Statement alter(TokenCursor c) {
        QualifiedName domain = c.qualifiedName();
        if (c.accept("set", "not", "null")) {
            c.expectEnd();
            return new Statement.AlterDomain(domain, Statement.AlterDomain.Action.SET_NOT_NULL, Optional.empty(), false);
        }
        if (c.accept("validate", "constraint")) {
            String name = c.identifier();
            c.expectEnd();
            return new Statement.AlterDomain(domain, Statement.AlterDomain.Action.VALIDATE_CONSTRAINT,
                    Optional.of(name), false);
        }
        if (c.accept("add")) {
            Optional<String> name = c.accept("constraint") ? Optional.of(c.identifier()) : Optional.empty();
            // NOT VALID counts only as the last words: inside the CHECK (…) it would be in a skipped group.
            boolean notValid = false;
            while (!c.atEnd()) {
                if (c.accept("not", "valid")) {
                    notValid = c.atEnd();
                } else {
                    c.skipItem();
                }
            }
            return new Statement.AlterDomain(domain, Statement.AlterDomain.Action.ADD_CONSTRAINT, name, notValid);
        }
        c.skipToEnd();
        return new Statement.AlterDomain(domain, Statement.AlterDomain.Action.OTHER, Optional.empty(), false);
    }
}
