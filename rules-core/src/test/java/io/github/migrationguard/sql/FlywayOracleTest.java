package io.github.migrationguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.api.configuration.ClassicConfiguration;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.flywaydb.core.internal.resource.StringResource;
import org.flywaydb.core.internal.sqlscript.SqlStatementIterator;
import org.flywaydb.database.postgresql.PostgreSQLParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Flyway 13.12.1's own PostgreSQL parser is the oracle for where statements start: for each script under
 * {@code sql/flyway-oracle}, both must find the same number of statements starting on the same lines, except
 * where we differ on purpose ({@link #DIFFERENCES}).
 */
class FlywayOracleTest {

    /** A statement as a splitter sees it: the line it starts on and its text. */
    record Found(int line, String text) {
    }

    /**
     * Scripts where our answer differs from Flyway's on purpose, with Flyway's answer (start lines) pinned,
     * so a Flyway upgrade that changes its mind shows up here.
     */
    private static final Map<String, List<Integer>> DIFFERENCES = Map.of(
            // Flyway counts only LF as a line break, so with old Mac line endings everything is on line 1. We count
            // a lone CR as a line break, as editors do (PostgreSQL ends a -- comment there too).
            "36-lone-cr.sql", List.of(1, 1, 1));

    static Stream<String> scripts() throws IOException, URISyntaxException {
        URL folder = FlywayOracleTest.class.getClassLoader().getResource("sql/flyway-oracle");
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void sameStatementsAsFlyway(String script) throws Exception {
        String sql = Files.readString(Path.of(FlywayOracleTest.class.getClassLoader()
                .getResource("sql/flyway-oracle/" + script).toURI()), StandardCharsets.UTF_8);
        List<Found> flyway = flyway(sql);
        List<Found> ours = Splitter.split(sql).statements().stream()
                .map(s -> new Found(s.range().line(), s.text())).toList();
        List<Integer> flywayLines = flyway.stream().map(Found::line).toList();
        List<Integer> ourLines = ours.stream().map(Found::line).toList();
        if (DIFFERENCES.containsKey(script)) {
            assertThat(flywayLines).as("Flyway's answer for %s", script).isEqualTo(DIFFERENCES.get(script));
            assertThat(ourLines).as("our answer for %s", script).isNotEqualTo(flywayLines);
        } else {
            assertThat(ourLines).as("start lines of %s (ours vs Flyway)", script).isEqualTo(flywayLines);
            // Flyway keeps the comments before a statement (and after its last token) in its text; ours starts
            // and ends at tokens, so it lies within Flyway's.
            for (int i = 0; i < ours.size(); i++) {
                assertThat(flyway.get(i).text()).as("statement %d of %s", i + 1, script).contains(ours.get(i).text());
            }
        }
    }

    private static List<Found> flyway(String sql) {
        PostgreSQLParser parser = new PostgreSQLParser(new ClassicConfiguration(), new ParsingContext());
        List<Found> found = new ArrayList<>();
        try (SqlStatementIterator statements = parser.parse(new StringResource(sql))) {
            while (statements.hasNext()) {
                org.flywaydb.core.internal.sqlscript.SqlStatement statement = statements.next();
                found.add(new Found(statement.getLineNumber(), statement.getSql()));
            }
        }
        return found;
    }
}
