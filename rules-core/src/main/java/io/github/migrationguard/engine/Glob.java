package io.github.migrationguard.engine;

import java.util.regex.Pattern;

/**
 * A path glob over the '/'-separated paths findings report: {@code *} and {@code ?} stay inside one
 * folder, {@code **} crosses folders and {@code **}{@code /} also matches no folder at all, so
 * {@code **}{@code /V1__legacy*.sql} matches {@code V1__legacy_init.sql} at the root too.
 * Written by hand because {@link java.nio.file.PathMatcher} uses the platform's separators.
 */
public record Glob(String text, Pattern pattern) {

    public static Glob of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Empty path glob");
        }
        String glob = text.strip().replace('\\', '/');
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new Glob(glob, Pattern.compile(regex.toString()));
    }

    public boolean matches(String path) {
        return pattern.matcher(path.replace('\\', '/')).matches();
    }
}
