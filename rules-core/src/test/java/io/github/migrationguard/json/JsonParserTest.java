package io.github.migrationguard.json;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonParserTest {

    @Test
    void readsWhatTheWriterWrites() throws Exception {
        String json = new JsonWriter().beginObject().name("s").value("a\"b\\c\n\u0001é😀")
                .name("n").value(-42).name("b").value(true).name("nothing").value((String) null)
                .name("list").beginArray().value(1).beginObject().endObject().beginArray().endArray().endArray()
                .endObject().toString();
        Object parsed = JsonParser.parse(json);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) parsed;
        assertThat(map).containsEntry("s", "a\"b\\c\n\u0001é😀").containsEntry("n", -42L).containsEntry("b", true)
                .containsEntry("nothing", null).containsEntry("list", List.of(1L, Map.of(), List.of()));
    }

    @Test
    void badInputHasAPlace() {
        assertThatThrownBy(() -> JsonParser.parse("{\n  \"a\": tru\n}")).isInstanceOf(JsonException.class)
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> JsonParser.parse("\"open")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> JsonParser.parse("[1] x")).hasMessageContaining("after the JSON value");
        assertThatThrownBy(() -> JsonParser.parse("[".repeat(1000))).hasMessageContaining("nested too deeply");
        assertThatThrownBy(() -> JsonParser.parse("")).hasMessageContaining("end of input");
    }
}
