package io.github.migrationguard.model;

public enum RelationKind {
    TABLE("TABLE"), VIEW("VIEW"), MATERIALIZED_VIEW("MATERIALIZED VIEW"), FOREIGN_TABLE("FOREIGN TABLE"),
    SEQUENCE("SEQUENCE"), INDEX("INDEX");

    private final String sql;

    RelationKind(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
