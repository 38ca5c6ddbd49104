package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.DataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which column type changes PostgreSQL makes without a rewrite. */
class TypeChangeTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "varchar(40)   | varchar(80)    | NO_REWRITE",
            "varchar(40)   | varchar        | NO_REWRITE",
            "varchar(40)   | text           | NO_REWRITE",
            "text          | varchar        | NO_REWRITE",
            "varchar(80)   | varchar(40)    | REWRITE",
            "varchar       | varchar(40)    | REWRITE",
            "text          | varchar(40)    | REWRITE",
            "numeric(10,2) | numeric(12,2)  | NO_REWRITE",
            "numeric(10,2) | numeric(12,3)  | REWRITE",
            "numeric(10,2) | numeric        | NO_REWRITE",
            "numeric       | numeric(12,2)  | REWRITE",
            "varbit(8)     | varbit(16)     | NO_REWRITE",
            "timestamp(3)  | timestamp      | NO_REWRITE",
            "timestamp     | timestamp(3)   | REWRITE",
            "timestamp     | timestamptz    | INDEX_REBUILD",
            "cidr          | inet           | NO_REWRITE",
            "integer       | bigint         | REWRITE",
            "bigint        | bigint         | NO_REWRITE",
    })
    void knownSource(String from, String to, TypeChange.Cost cost) {
        assertThat(TypeChange.of(Optional.of(type(from)), type(to), false, false, true).cost()).isEqualTo(cost);
    }

    @Test
    void timestampToTimestamptzRewritesBefore12() {
        assertThat(TypeChange.of(Optional.of(type("timestamp")), type("timestamptz"), false, false, false).cost())
                .isEqualTo(TypeChange.Cost.REWRITE);
    }

    @Test
    void usingAndCollationAlwaysRewrite() {
        assertThat(TypeChange.of(Optional.of(type("varchar(40)")), type("text"), true, false, true).cost())
                .isEqualTo(TypeChange.Cost.REWRITE);
        assertThat(TypeChange.of(Optional.of(type("text")), type("text"), false, true, true).cost())
                .isEqualTo(TypeChange.Cost.REWRITE);
    }

    @Test
    void unknownSourceNamesTheTypesThatWouldBeFree() {
        TypeChange toText = TypeChange.of(Optional.empty(), type("text"), false, false, true);
        assertThat(toText.cost()).isEqualTo(TypeChange.Cost.UNKNOWN_SOURCE);
        assertThat(toText.explanation()).isEqualTo("varchar or text");
        assertThat(TypeChange.coercibleSources(type("varchar(80)"))).contains("varchar(n) with n ≤ 80");
        assertThat(TypeChange.coercibleSources(type("numeric(12,2)"))).contains("numeric(p, 2) with p ≤ 12");
        assertThat(TypeChange.coercibleSources(type("inet"))).contains("cidr or inet");
        assertThat(TypeChange.coercibleSources(type("bigint"))).isEmpty();
    }

    /** {@code varchar(40)} as a frontend would model it. */
    private static DataType type(String text) {
        int open = text.indexOf('(');
        String name = open < 0 ? text : text.substring(0, open);
        List<String> modifiers = open < 0 ? List.of()
                : Arrays.stream(text.substring(open + 1, text.length() - 1).split(",")).map(String::strip).toList();
        return new DataType(name, modifiers, 0, text);
    }
}
