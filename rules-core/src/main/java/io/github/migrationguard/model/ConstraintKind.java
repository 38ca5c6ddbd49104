package io.github.migrationguard.model;

public enum ConstraintKind {
    CHECK, FOREIGN_KEY, UNIQUE, PRIMARY_KEY, EXCLUDE, NOT_NULL
}
