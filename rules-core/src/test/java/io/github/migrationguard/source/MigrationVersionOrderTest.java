package io.github.migrationguard.source;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationVersionOrderTest {

    @Test
    void comparesPartsNumerically() {
        List<String> sorted = Stream.of("10", "2", "1.10", "1.9", "1.1", "1", "123456789012345678901234567890", "2.0.1")
                .map(MigrationVersion::parse).sorted().map(MigrationVersion::text).toList();
        assertThat(sorted).containsExactly("1", "1.1", "1.9", "1.10", "2", "2.0.1", "10", "123456789012345678901234567890");
    }

    @Test
    void equalVersionsWrittenDifferently() {
        assertThat(MigrationVersion.parse("1.01")).isEqualTo(MigrationVersion.parse("1.1"));
        assertThat(MigrationVersion.parse("2.0")).isEqualTo(MigrationVersion.parse("2"));
        assertThat(MigrationVersion.parse("1_1")).isEqualTo(MigrationVersion.parse("1.1"));
    }
}
