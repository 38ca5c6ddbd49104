package io.github.migrationguard.source.layout;

import io.github.migrationguard.source.MigrationVersion;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A migration named {@code <version>_<description>} as Prisma, golang-migrate and diesel name them
 * ({@code 20210313140442_favorite_colors}, {@code 0024_alter_repo}, {@code 2015-12-19-180527_create_users}).
 * The version keeps only its digits (diesel's dashes go); the description has underscores as spaces.
 */
record NumberedName(Optional<MigrationVersion> version, String description) {

    private static final Pattern NAME = Pattern.compile("([0-9][0-9-]*)(?:_(.*))?");

    static NumberedName parse(String stem) {
        Matcher m = NAME.matcher(stem);
        if (!m.matches()) {
            return new NumberedName(Optional.empty(), stem.replace('_', ' '));
        }
        String digits = m.group(1).replace("-", "");
        String description = m.group(2) == null ? "" : m.group(2).replace('_', ' ');
        return new NumberedName(digits.isEmpty() ? Optional.empty() : Optional.of(MigrationVersion.parse(digits)),
                description);
    }
}
