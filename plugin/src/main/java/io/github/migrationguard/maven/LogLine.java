package io.github.migrationguard.maven;

/** One line of the report for the Maven log, at the level its severity calls for. */
public record LogLine(Level level, String text) {

    public enum Level { ERROR, WARN, INFO }
}
