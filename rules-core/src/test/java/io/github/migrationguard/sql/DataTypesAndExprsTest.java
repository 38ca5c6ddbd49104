package io.github.migrationguard.sql;

import io.github.migrationguard.model.ColumnDef;
import io.github.migrationguard.model.DataType;
import io.github.migrationguard.model.Expr;
import io.github.migrationguard.model.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Canonical type names and expression facts, read through a column definition. */
class DataTypesAndExprsTest {

    private static ColumnDef column(String definition) {
        Statement.CreateTable t = Sql.tokens("CREATE TABLE t (" + definition + ")", Statement.CreateTable.class);
        assertThat(t.columns()).hasSize(1);
        return t.columns().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            int                                 | integer          |          | 0
            INT4                                | integer          |          | 0
            integer[]                           | integer          |          | 1
            int8                                | bigint           |          | 0
            int2                                | smallint         |          | 0
            character varying(255)              | varchar          | 255      | 0
            VARCHAR(10)[][]                     | varchar          | 10       | 2
            char(3)                             | char             | 3        | 0
            bpchar                              | char             |          | 0
            character                           | char             |          | 0
            national character varying(5)       | varchar          | 5        | 0
            timestamp                           | timestamp        |          | 0
            timestamp(3) without time zone      | timestamp        | 3        | 0
            timestamp with time zone            | timestamptz      |          | 0
            TIMESTAMPTZ(6)                      | timestamptz      | 6        | 0
            time with time zone                 | timetz           |          | 0
            double precision                    | double precision |          | 0
            float8                              | double precision |          | 0
            float(10)                           | real             |          | 0
            float                               | double precision |          | 0
            float4                              | real             |          | 0
            decimal(10, 2)                      | numeric          | 10;2     | 0
            numeric                             | numeric          |          | 0
            bool                                | boolean          |          | 0
            bit varying(8)                      | varbit           | 8        | 0
            varbit                              | varbit           |          | 0
            interval day to second(3)           | interval         | 3        | 0
            text ARRAY                          | text             |          | 1
            int ARRAY[4]                        | integer          |          | 1
            jsonb                               | jsonb            |          | 0
            pg_catalog.int4                     | integer          |          | 0
            public.mood                         | public.mood      |          | 0
            "Mood"                              | Mood             |          | 0
            s."My Type"[]                       | s.My Type        |          | 1
            geometry(Point, 4326)               | geometry         | Point;4326 | 0
            """)
    void canonicalTypeNames(String written, String name, String modifiers, int arrayDims) {
        DataType type = column("c " + written).type();
        List<String> expectedModifiers = modifiers == null ? List.of() : Arrays.asList(modifiers.split(";"));
        assertThat(type.name()).isEqualTo(name);
        assertThat(type.modifiers()).isEqualTo(expectedModifiers);
        assertThat(type.arrayDims()).isEqualTo(arrayDims);
        assertThat(type.text()).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            serial      | integer
            SERIAL4     | integer
            bigserial   | bigint
            serial8     | bigint
            smallserial | smallint
            """)
    void serialsAreIntegersWithGeneratedSerial(String written, String name) {
        ColumnDef c = column("id " + written + " PRIMARY KEY");
        assertThat(c.type().name()).isEqualTo(name);
        assertThat(c.generated()).hasValueSatisfying(g -> assertThat(g.kind()).isEqualTo(ColumnDef.Generated.Kind.SERIAL));
        assertThat(c.isPrimaryKey()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            now()                                | now                      | false | false
            pg_catalog.now()                     | pg_catalog.now           | false | false
            gen_random_uuid()                    | gen_random_uuid          | false | false
            nextval('seq'::regclass)             | nextval                  | false | false
            CURRENT_TIMESTAMP                    | current_timestamp        | false | false
            current_date                         | current_date             | false | false
            LOCALTIMESTAMP(3)                    | localtimestamp           | false | false
            CURRENT_USER                         | current_user             | false | false
            0                                    |                          | true  | false
            -1.5                                 |                          | true  | false
            'x'                                  |                          | true  | false
            'x'::text                            |                          | true  | false
            ('{}'::text[])                       |                          | true  | false
            '0'::numeric(10, 2)                  |                          | true  | false
            TRUE                                 |                          | true  | false
            NULL                                 |                          | true  | true
            NULL::integer                        |                          | true  | true
            CAST(0 AS bigint)                    |                          | true  | false
            INTERVAL '1 day'                     |                          | true  | false
            1 + 2                                |                          | false | false
            ARRAY[]::text[]                      |                          | false | false
            coalesce(a.f(1), random() * 2)       | coalesce;a.f;random      | false | false
            (now() at time zone 'utc')::date     | now                      | false | false
            """)
    void defaultExpressionFacts(String written, String functions, boolean constant, boolean nullLiteral) {
        Expr e = column("c text DEFAULT " + written + " NOT NULL").defaultExpr().orElseThrow();
        List<String> expectedFunctions = functions == null ? List.of() : Arrays.asList(functions.split(";"));
        assertThat(e.text()).isEqualTo(written);
        assertThat(e.functions()).isEqualTo(expectedFunctions);
        assertThat(e.constant()).as("constant").isEqualTo(constant);
        assertThat(e.nullLiteral()).as("null literal").isEqualTo(nullLiteral);
    }
}
