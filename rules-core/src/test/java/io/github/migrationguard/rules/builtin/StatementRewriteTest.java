package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Splitter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Fixes rewrite the statement's own text at the right token. */
class StatementRewriteTest {

    @Test
    void insertsAfterTheKeywordTokenKeepingEverythingElse() {
        SqlStatement sql = statement("\n\nCREATE UNIQUE INDEX IF NOT EXISTS \"Idx\" ON crm.\"Users\" (lower(email)) WHERE note = 'index';");
        assertThat(StatementRewrite.insertAfter(sql, "INDEX", "CONCURRENTLY"))
                .contains("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"Idx\" ON crm.\"Users\" (lower(email)) WHERE note = 'index'");
    }

    @Test
    void aKeywordInsideACommentOrStringIsNotTheKeyword() {
        SqlStatement sql = statement("ALTER TABLE /* add later */ orders ADD CHECK (note <> 'add');");
        assertThat(StatementRewrite.insertAfter(sql, "ADD", "CONSTRAINT orders_check"))
                .contains("ALTER TABLE /* add later */ orders ADD CONSTRAINT orders_check CHECK (note <> 'add')");
    }

    @Test
    void emptyWhenTheKeywordIsMissing() {
        assertThat(StatementRewrite.insertAfter(statement("DROP TABLE orders;"), "INDEX", "CONCURRENTLY")).isEmpty();
    }

    @Test
    void replacesTheKeywordTokenNotTheSameWordInAString() {
        SqlStatement sql = statement("ALTER TABLE t ADD COLUMN c text GENERATED ALWAYS AS ('stored: ' || a) /* stored */ STORED;");
        assertThat(StatementRewrite.replace(sql, "STORED", "VIRTUAL"))
                .contains("ALTER TABLE t ADD COLUMN c text GENERATED ALWAYS AS ('stored: ' || a) /* stored */ VIRTUAL");
        assertThat(StatementRewrite.replace(statement("DROP TABLE orders;"), "STORED", "VIRTUAL")).isEmpty();
    }

    private static SqlStatement statement(String text) {
        return Splitter.split(text).statements().get(0);
    }
}
