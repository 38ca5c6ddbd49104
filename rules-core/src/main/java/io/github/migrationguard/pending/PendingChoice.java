package io.github.migrationguard.pending;

import io.github.migrationguard.engine.DeploymentScope;
import io.github.migrationguard.source.MigrationScript;

import java.util.ArrayList;
import java.util.List;

/**
 * The pending set chosen for a run.
 *
 * @param mode     what chose it
 * @param scope    what the engine lints (pending) and only replays (applied)
 * @param source   what was asked, for the log
 * @param warnings failures of a higher mode that was skipped ({@code pendingFailure=lint-all})
 */
public record PendingChoice(PendingMode mode, DeploymentScope scope, String source, List<String> warnings) {

    public PendingChoice {
        warnings = List.copyOf(warnings);
    }

    /** The log: one line naming the mode and the pending scripts, then each script on its own line. */
    public List<String> logLines(List<MigrationScript> scripts) {
        List<String> lines = new ArrayList<>();
        if (mode == PendingMode.NONE) {
            lines.add("Pending set: none known (no since, database or git base): each of the " + scripts.size()
                    + " migrations is linted as its own deployment");
            return lines;
        }
        List<String> pending = scripts.stream().filter(scope::isPending).map(MigrationScript::path).distinct().toList();
        lines.add("Pending set from the " + mode.label() + " (" + source + "): " + pending.size() + " of "
                + scripts.stream().map(MigrationScript::path).distinct().count() + " migrations"
                + (pending.isEmpty() ? ", nothing to lint" : ":"));
        pending.forEach(p -> lines.add("  " + p));
        return lines;
    }
}
