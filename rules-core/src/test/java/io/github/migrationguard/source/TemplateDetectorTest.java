package io.github.migrationguard.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateDetectorTest {

    @Test
    void findsGoAndJinjaTagsInCode() {
        assertThat(TemplateDetector.firstTemplateLine("SELECT 1;\nCREATE TABLE {{ .Schema }}.t ();"))
                .hasValue(2);
        assertThat(TemplateDetector.firstTemplateLine("\n\n{% if prod %}\nSELECT 1;\n{% endif %}"))
                .hasValue(3);
    }

    @Test
    void findsErbTagsClosedOnTheirLine() {
        assertThat(TemplateDetector.firstTemplateLine("SELECT 1;\nCREATE TABLE <%= schema %>.t (a int);")).hasValue(2);
        assertThat(TemplateDetector.firstTemplateLine("<% if prod -%>\nSELECT 1;\n<% end %>")).hasValue(1);
        // pg_trgm's word-similarity operators are no template
        assertThat(TemplateDetector.firstTemplateLine("SELECT * FROM t WHERE 'w' <% name\n AND name %> 'v';")).isEmpty();
        assertThat(TemplateDetector.firstTemplateLine("SELECT 'a' <%name;")).isEmpty();
        assertThat(TemplateDetector.firstTemplateLine("<% ".repeat(100_000))).isEmpty();
    }

    @Test
    void ignoresTagsInCommentsStringsAndBodies() {
        String text = """
                -- {{ not a template }}
                /* {% nor /* nested */ this %} */
                SELECT '{{ x }}', E'\\'{{ y }}', "{{col}}";
                DO $body$ BEGIN RAISE NOTICE '{{ z }}'; END $body$;
                SELECT jsonb_build_object('a', 1) @> '{}';
                """;
        assertThat(TemplateDetector.firstTemplateLine(text)).isEmpty();
    }

    @Test
    void needsAClosingTag() {
        assertThat(TemplateDetector.firstTemplateLine("SELECT '{'::text, array[1] || '{{'")).isEmpty();
        assertThat(TemplateDetector.firstTemplateLine("SELECT 1 {{ 2")).isEmpty();
    }
}
