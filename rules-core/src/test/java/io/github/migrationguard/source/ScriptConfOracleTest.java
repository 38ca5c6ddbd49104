package io.github.migrationguard.source;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.flywaydb.core.internal.resource.StringResource;
import org.flywaydb.core.internal.sqlscript.SqlScriptMetadata;
import org.flywaydb.database.postgresql.PostgreSQLParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway 13.12.1's own reader of {@code <script>.conf} ({@code SqlScriptMetadata}) decides: where it fails,
 * we report a problem; where it reads a value, we read the same one.
 */
class ScriptConfOracleTest {

    private static final Map<String, String> PLACEHOLDERS = Map.of("tx", "false");

    record Read(Optional<Boolean> executeInTransaction, Optional<String> encoding, Optional<Boolean> placeholderReplacement) {
    }

    /** Flyway's reading, or empty when it refuses the file. */
    private static Optional<Read> flyway(String conf) {
        FluentConfiguration config = Flyway.configure().placeholders(PLACEHOLDERS);
        try {
            SqlScriptMetadata m = SqlScriptMetadata.fromResource(new StringResource(conf),
                    new PostgreSQLParser(config, new ParsingContext()), config);
            return Optional.of(new Read(Optional.ofNullable(m.executeInTransaction()),
                    Optional.ofNullable(m.encoding()).map(e -> Charset.forName(e).name()),
                    Optional.ofNullable(m.placeholderReplacement())));
        } catch (FlywayException e) {
            return Optional.empty();
        }
    }

    private static Optional<Read> ours(String conf) {
        String replaced = new Placeholders("${", "}", PLACEHOLDERS).replace("V1__x.sql.conf", conf).text();
        ScriptConf c = ScriptConf.parse("V1__x.sql.conf", replaced);
        return c.problems().isEmpty()
                ? Optional.of(new Read(c.executeInTransaction(), c.encoding().map(Charset::name), c.placeholderReplacement()))
                : Optional.empty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"executeInTransaction=false", "executeInTransaction = FALSE  ", "  executeInTransaction=false\t",
            "# comment\nexecuteInTransaction=false", "! comment\nexecuteInTransaction=false", "executeInTransaction:false",
            "executeInTransaction false", "executeInTransaction=false\r\n", "executeInTransaction=false # not a comment",
            "executeInTransaction=\"false\"", "executeInTransaction=", "executeInTransaction=yes", "executeintransaction=false",
            "flyway.executeInTransaction=false", "executeInTransaction=fals\\\ne", "executeInTransaction=\\u0066alse",
            "executeInTransaction=f\\alse", "executeInTransaction=false\\\n\nencoding=UTF-8", "a\\\n=b", "executeInTransaction=fals\\\n  e",
            "executeInTransaction=false\\\nflyway.x=1", "executeInTransaction=false\\",
            "executeInTransaction=${tx}", "executeInTransaction=${TX}", "executeInTransaction=${nope}",
            "executeInTransaction=false\nexecuteInTransaction=true", "encoding=ISO-8859-1", "encoding=latin1",
            "encoding= utf-16 ", "placeholderReplacement=FALSE", "placeholderReplacement=true\nencoding=UTF-8", "",
            "\n\n# only a comment\n"})
    void sameReadingAsFlyway(String conf) {
        assertThat(ours(conf)).isEqualTo(flyway(conf));
    }
}
