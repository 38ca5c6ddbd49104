package io.github.migrationguard.maven;

/** A configuration the user must fix. Its message says what and how, and is shown without a stack trace. */
public final class ConfigurationException extends Exception {

    public ConfigurationException(String message) {
        super(message);
    }
}
