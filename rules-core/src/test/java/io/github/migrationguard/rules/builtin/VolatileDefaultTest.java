package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.Expr;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which defaults make {@code ADD COLUMN} rewrite the table. */
class VolatileDefaultTest {

    @Test
    void volatileBuiltinsRewrite() {
        assertThat(VolatileDefault.whyItRewrites(call("gen_random_uuid()", "gen_random_uuid"), true))
                .hasValueSatisfying(why -> assertThat(why).contains("gen_random_uuid() is volatile"));
        assertThat(VolatileDefault.whyItRewrites(call("extensions.uuid_generate_v4()", "extensions.uuid_generate_v4"),
                true)).isPresent();
        assertThat(VolatileDefault.whyItRewrites(call("nextval('orders_id_seq')", "nextval"), true)).isPresent();
    }

    @Test
    void stableFunctionsAndConstantsDoNotRewriteSince11() {
        assertThat(VolatileDefault.whyItRewrites(call("now()", "now"), true)).isEmpty();
        assertThat(VolatileDefault.whyItRewrites(call("now() + interval '30 days'", "now"), true)).isEmpty();
        assertThat(VolatileDefault.whyItRewrites(new Expr("'new'", List.of(), true, false), true)).isEmpty();
    }

    @Test
    void unknownFunctionsMayBeVolatile() {
        assertThat(VolatileDefault.whyItRewrites(call("billing.next_reference()", "billing.next_reference"), true))
                .hasValueSatisfying(why -> assertThat(why).contains("may be volatile"));
        // A schema-qualified name is not the built-in, even when it is spelt like one.
        assertThat(FunctionVolatility.of("app.now")).isEqualTo(FunctionVolatility.UNKNOWN);
        assertThat(FunctionVolatility.of("pg_catalog.now")).isEqualTo(FunctionVolatility.NOT_VOLATILE);
    }

    @Test
    void before11EveryNonNullDefaultRewrites() {
        assertThat(VolatileDefault.whyItRewrites(new Expr("'new'", List.of(), true, false), false)).isPresent();
        assertThat(VolatileDefault.whyItRewrites(new Expr("NULL", List.of(), true, true), false)).isEmpty();
    }

    private static Expr call(String text, String function) {
        return new Expr(text, List.of(function), false, false);
    }
}
