package io.github.migrationguard.engine;

import io.github.migrationguard.json.JsonException;
import io.github.migrationguard.json.JsonParser;
import io.github.migrationguard.json.JsonWriter;
import io.github.migrationguard.rules.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings a team has accepted, kept under version control so that only new findings gate the build.
 * An entry matches a finding by rule id, file and {@link Fingerprint} (the statement's normalised text),
 * never by line, so statements added above an accepted one do not revive it. Entries are counted: two
 * identical statements in one file need two entries.
 *
 * <p>Accepted findings are left out of the result (and so of every report) and counted in
 * {@link Applied#accepted()}; entries that match nothing any more (the statement was fixed, the file
 * renamed or deleted) are {@link Applied#stale()}, worth removing by writing the baseline again.
 */
public record Baseline(List<Entry> entries) {

    public static final String DEFAULT_FILE = "migration-guard-baseline.json";
    private static final int FORMAT_VERSION = 1;

    public Baseline {
        entries = entries.stream().sorted(Entry.ORDER).toList();
    }

    /**
     * One accepted finding. {@code line} and {@code message} are for the people reviewing the file;
     * matching ignores them.
     */
    public record Entry(String ruleId, String file, String fingerprint, int line, String message) {

        static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file).thenComparingInt(Entry::line)
                .thenComparing(Entry::ruleId).thenComparing(Entry::fingerprint);

        Key key() {
            return new Key(ruleId, file, fingerprint);
        }
    }

    /** What a baseline did to a result. */
    public record Applied(LintResult result, List<Finding> accepted, List<Entry> stale) {
    }

    private record Key(String ruleId, String file, String fingerprint) {
        static Key of(Finding f) {
            return new Key(f.ruleId(), f.file(), f.fingerprint());
        }
    }

    /** The baseline accepting every finding of {@code result}. */
    public static Baseline of(LintResult result) {
        return new Baseline(result.findings().stream()
                .map(f -> new Entry(f.ruleId(), f.file(), f.fingerprint(), f.range().line(), f.message()))
                .toList());
    }

    /** Leaves accepted findings out of {@code result}, recounts its summary, and lists stale entries. */
    public Applied apply(LintResult result) {
        Map<Key, Integer> left = new HashMap<>();
        for (Entry e : entries) {
            left.merge(e.key(), 1, Integer::sum);
        }
        List<Finding> fresh = new ArrayList<>();
        List<Finding> accepted = new ArrayList<>();
        for (Finding f : result.findings()) {
            Key key = Key.of(f);
            Integer n = left.get(key);
            if (n != null && n > 0) {
                left.put(key, n - 1);
                accepted.add(f);
            } else {
                fresh.add(f);
            }
        }
        List<Entry> stale = new ArrayList<>();
        for (Entry e : entries) {
            Integer n = left.get(e.key());
            if (n != null && n > 0) {
                left.put(e.key(), n - 1);
                stale.add(e);
            }
        }
        Summary s = result.summary();
        Summary recounted = new Summary(s.files(), s.statements(), s.unanalyzed(), s.byJsqlParser(), s.byTokens(),
                count(fresh, Severity.ERROR), count(fresh, Severity.WARNING), count(fresh, Severity.INFO),
                s.replayed());
        return new Applied(new LintResult(fresh, result.diagnostics(), recounted, result.failOn(), result.files()), accepted, stale);
    }

    public String toJson() {
        JsonWriter w = new JsonWriter().beginObject()
                .name("tool").value("migration-guard")
                .name("formatVersion").value(FORMAT_VERSION)
                .name("entries").beginArray();
        for (Entry e : entries) {
            w.beginObject().name("ruleId").value(e.ruleId()).name("file").value(e.file())
                    .name("fingerprint").value(e.fingerprint()).name("line").value(e.line())
                    .name("message").value(e.message()).endObject();
        }
        return w.endArray().endObject().toString();
    }

    /**
     * Reads a baseline written by {@link #toJson()}.
     *
     * @param name the file's name, for messages
     * @throws IllegalArgumentException naming the file and the place of the problem
     */
    public static Baseline parse(String json, String name) {
        Object root;
        try {
            root = JsonParser.parse(json);
        } catch (JsonException e) {
            throw new IllegalArgumentException("Baseline " + name + " is not valid JSON: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("entries") instanceof List<?> list)) {
            throw new IllegalArgumentException("Baseline " + name
                    + " has no \"entries\" array: write it with the baseline goal or command");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> e)
                    || !(e.get("ruleId") instanceof String ruleId)
                    || !(e.get("file") instanceof String file)
                    || !(e.get("fingerprint") instanceof String fingerprint)) {
                throw new IllegalArgumentException("Baseline " + name + ": entry " + (i + 1)
                        + " needs the strings \"ruleId\", \"file\" and \"fingerprint\"");
            }
            int line = e.get("line") instanceof Long l ? l.intValue() : 0;
            String message = e.get("message") instanceof String m ? m : "";
            entries.add(new Entry(ruleId, file, fingerprint, line, message));
        }
        return new Baseline(entries);
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
