package io.github.migrationguard;

/** The target PostgreSQL version: rules and recipes depend on it. Minor matters only for 14.0–14.3. */
public record PgVersion(int major, int minor) implements Comparable<PgVersion> {

    public static final PgVersion DEFAULT = new PgVersion(18, Integer.MAX_VALUE);
    public static final int OLDEST = 10;
    public static final int NEWEST = 18;

    /** Parses {@code 18}, {@code 14.2} or {@code 12.22}; refuses versions outside 10–18. */
    public static PgVersion parse(String text) {
        String t = text.trim();
        try {
            int dot = t.indexOf('.');
            int major = Integer.parseInt(dot < 0 ? t : t.substring(0, dot));
            int minor = dot < 0 ? Integer.MAX_VALUE : Integer.parseInt(t.substring(dot + 1));
            if (major < OLDEST || major > NEWEST) {
                throw new IllegalArgumentException(
                        "Unsupported PostgreSQL version '" + text + "': use " + OLDEST + " to " + NEWEST);
            }
            return new PgVersion(major, minor);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid PostgreSQL version '" + text + "': use e.g. 18 or 14.2");
        }
    }

    /** Major version at least {@code major}. */
    public boolean atLeast(int major) {
        return this.major >= major;
    }

    @Override
    public int compareTo(PgVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return minor == Integer.MAX_VALUE ? Integer.toString(major) : major + "." + minor;
    }
}
