package io.github.migrationguard.sql;

import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helpers: one statement of SQL through the splitter and a frontend. */
final class Sql {

    private Sql() {
    }

    static SqlStatement statement(String sql) {
        List<SqlStatement> statements = Splitter.split(sql).statements();
        assertThat(statements).as("statements in %s", sql).hasSize(1);
        return statements.get(0);
    }

    static Statement tokens(String sql) {
        return TokenReader.read(statement(sql));
    }

    @SuppressWarnings("unchecked")
    static <T extends Statement> T tokens(String sql, Class<T> type) {
        Statement s = tokens(sql);
        assertThat(s).as(sql).isInstanceOf(type);
        return (T) s;
    }

    static QualifiedName name(String dotted) {
        return QualifiedName.parse(dotted);
    }

    static List<QualifiedName> names(String... dotted) {
        return java.util.Arrays.stream(dotted).map(QualifiedName::parse).toList();
    }

    static <T> Optional<T> some(T value) {
        return Optional.of(value);
    }

    static <T> Optional<T> none() {
        return Optional.empty();
    }
}
