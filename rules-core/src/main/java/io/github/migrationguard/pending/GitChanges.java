package io.github.migrationguard.pending;

import io.github.migrationguard.source.MigrationScript;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed since the git base, as paths relative to the project directory.
 *
 * @param ref       the base as the user named it ({@code origin/main})
 * @param mergeBase the commit compared with: the merge-base of HEAD and {@code ref}
 * @param added     files that did not exist at the merge-base (committed since, staged, or untracked)
 * @param modified  files that existed there and whose content changed
 */
public record GitChanges(String ref, String mergeBase, Set<String> added, Set<String> modified) {

    public GitChanges {
        added = Set.copyOf(added);
        modified = Set.copyOf(modified);
    }

    /** The pending set: the migrations added since the base. */
    public PendingLookup.Found pending(List<MigrationScript> scripts) {
        Set<String> paths = scripts.stream().map(MigrationScript::path).filter(added::contains)
                .collect(Collectors.toSet());
        return new PendingLookup.Found(paths, ref + ", merge-base " + shortCommit());
    }

    /** The migrations changed since the base, each with the ref it is compared with. */
    public Map<String, String> modifiedMigrations(List<MigrationScript> scripts) {
        Map<String, String> out = new LinkedHashMap<>();
        scripts.stream().map(MigrationScript::path).filter(modified::contains).forEach(p -> out.put(p, ref));
        return out;
    }

    private String shortCommit() {
        return mergeBase.length() > 12 ? mergeBase.substring(0, 12) : mergeBase;
    }
}
