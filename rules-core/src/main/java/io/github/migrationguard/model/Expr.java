package io.github.migrationguard.model;

import java.util.List;

/**
 * An SQL expression kept as text, with the facts rules ask of it.
 *
 * @param text      the expression as written
 * @param functions names of the functions it calls, lower case, schema-qualified when written so
 *                  ({@code gen_random_uuid}, {@code public.make_id}); {@code nextval} for {@code nextval('s')}
 * @param constant  true when it is a literal, possibly cast ({@code 0}, {@code 'x'::text}, {@code NULL}, {@code true})
 * @param nullLiteral true when it is the literal {@code NULL} (possibly cast)
 */
public record Expr(String text, List<String> functions, boolean constant, boolean nullLiteral) {

    public Expr {
        functions = List.copyOf(functions);
    }

    @Override
    public String toString() {
        return text;
    }
}
