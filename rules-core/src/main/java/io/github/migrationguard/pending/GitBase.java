package io.github.migrationguard.pending;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Compares the working tree with a git base ({@code gitBase}, e.g. {@code origin/main}) through the git CLI:
 * the merge-base of HEAD and the ref, then what was added or modified since (committed, staged, unstaged or
 * untracked). Renames count as added: Flyway sees a new file name as a new migration. Shallow clones get a
 * message that says how to fetch the history the comparison needs.
 */
public final class GitBase {

    /** The comparison, or why there is none (one line, with what to do). */
    public sealed interface Result {
        record Compared(GitChanges changes) implements Result {
        }

        record Failed(String message) implements Result {
        }
    }

    private GitBase() {
    }

    /** @param dir the project directory; scripts' paths are relative to it */
    public static Result compare(Path dir, String ref) {
        GitCommand git = new GitCommand(dir);
        try {
            if (!git.run("rev-parse", "--is-inside-work-tree").ok()) {
                return new Result.Failed("gitBase " + ref + ": " + dir.getFileName() + " is not in a git work tree");
            }
            boolean shallow = git.run("rev-parse", "--is-shallow-repository").stdout().strip().equals("true");
            if (!git.run("rev-parse", "--verify", "--quiet", ref + "^{commit}").ok()) {
                return new Result.Failed("gitBase " + ref + " not found" + (shallow
                        ? " in this shallow clone: fetch it with more history (git fetch --deepen=100 origin, or git"
                        + " fetch --unshallow)"
                        : ": fetch it (e.g. git fetch origin) or name an existing branch, tag or commit"));
            }
            GitCommand.Output base = git.run("merge-base", "HEAD", ref);
            if (!base.ok()) {
                return new Result.Failed("gitBase " + ref + ": no common ancestor with HEAD" + (shallow
                        ? " in this shallow clone: fetch more history (git fetch --deepen=100, or git fetch --unshallow)"
                        : ""));
            }
            String mergeBase = base.stdout().strip();
            Set<String> added = new HashSet<>();
            Set<String> modified = new HashSet<>();
            GitCommand.Output diff = git.run("diff", "--name-status", "--no-renames", "-z", "--relative", mergeBase);
            if (!diff.ok()) {
                return new Result.Failed("gitBase " + ref + ": git diff failed: " + firstLine(diff.stderr()));
            }
            readNameStatus(diff.stdout(), added, modified);
            GitCommand.Output untracked = git.run("ls-files", "--others", "--exclude-standard", "-z");
            if (untracked.ok()) {
                for (String path : untracked.stdout().split("\0")) {
                    if (!path.isEmpty()) {
                        added.add(path);
                    }
                }
            }
            return new Result.Compared(new GitChanges(ref, mergeBase, added, modified));
        } catch (IOException e) {
            return new Result.Failed("gitBase " + ref + ": cannot run git (" + e.getMessage() + ")");
        }
    }

    /** {@code git diff --name-status -z}: status NUL path NUL, repeated. */
    private static void readNameStatus(String out, Set<String> added, Set<String> modified) {
        String[] fields = out.split("\0");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            String status = fields[i];
            String path = fields[i + 1];
            if (status.startsWith("A")) {
                added.add(path);
            } else if (status.startsWith("M") || status.startsWith("T")) {
                modified.add(path);
            }
        }
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
