package io.github.migrationguard.engine;

import io.github.migrationguard.sql.SourceRange;

/**
 * The statement a finding is about, as the reports need it: its whole range (what a SARIF fix
 * replaces), its text as written (what a review report quotes), and the finding's {@link Fingerprint}.
 *
 * @param text the statement as written, without the terminating semicolon; empty when unknown
 */
public record StatementRef(SourceRange range, String text, String fingerprint) {
}
