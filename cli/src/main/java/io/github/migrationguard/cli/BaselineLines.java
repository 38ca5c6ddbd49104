package io.github.migrationguard.cli;

import io.github.migrationguard.engine.Baseline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the console says about a baseline: the counts, and each stale entry. */
final class BaselineLines {

    private BaselineLines() {
    }

    static List<String> of(Baseline.Applied applied, Path file) {
        List<String> out = new ArrayList<>();
        if (file == null) {
            return out;
        }
        out.add("Baseline " + file.toString().replace('\\', '/') + ": " + applied.accepted().size() + " accepted, "
                + applied.stale().size() + " stale");
        for (Baseline.Entry e : applied.stale()) {
            out.add("stale baseline entry: " + e.ruleId() + " in " + e.file() + (e.line() > 0 ? ":" + e.line() : "")
                    + " matches no finding any more: run 'baseline' again to drop it");
        }
        return out;
    }
}
