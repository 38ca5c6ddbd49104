package io.github.migrationguard.model;

/** PostgreSQL's table-level lock modes, weakest first. */
public enum LockMode {
    ACCESS_SHARE("ACCESS SHARE", "nothing but ACCESS EXCLUSIVE"),
    ROW_SHARE("ROW SHARE", "EXCLUSIVE and ACCESS EXCLUSIVE locks"),
    ROW_EXCLUSIVE("ROW EXCLUSIVE", "SHARE and stronger locks, such as index builds"),
    SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE", "schema changes, VACUUM and concurrent index builds, but not reads or writes"),
    SHARE("SHARE", "writes (INSERT, UPDATE, DELETE); reads go on"),
    SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE", "writes (INSERT, UPDATE, DELETE); reads go on"),
    EXCLUSIVE("EXCLUSIVE", "writes and SELECT … FOR UPDATE; plain reads go on"),
    ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE", "every read and write");

    private final String sqlName;
    private final String blocks;

    LockMode(String sqlName, String blocks) {
        this.sqlName = sqlName;
        this.blocks = blocks;
    }

    /** The mode as PostgreSQL names it, e.g. {@code ACCESS EXCLUSIVE}. */
    public String sqlName() {
        return sqlName;
    }

    /** What this lock blocks, for messages. */
    public String blocks() {
        return blocks;
    }

    /** SHARE or stronger: blocks at least the application's writes. */
    public boolean isStrong() {
        return compareTo(SHARE) >= 0;
    }

    public static LockMode parse(String words) {
        String normalized = words.trim().replaceAll("\\s+", "_").toUpperCase(java.util.Locale.ROOT);
        return valueOf(normalized);
    }
}
