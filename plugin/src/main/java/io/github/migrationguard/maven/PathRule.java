package io.github.migrationguard.maven;

/**
 * One {@code <pathRule>} of the {@code pathRules} parameter: the severity of {@code rule} (or
 * {@code *}, every rule) in files whose path matches {@code glob}.
 * <pre>{@code
 * <pathRules>
 *   <pathRule><glob>**}{@code /legacy/**</glob><rule>drop-column</rule><severity>info</severity></pathRule>
 * </pathRules>
 * }</pre>
 */
public class PathRule {

    private String glob;
    private String rule;
    private String severity;

    public PathRule() {
    }

    public PathRule(String glob, String rule, String severity) {
        this.glob = glob;
        this.rule = rule;
        this.severity = severity;
    }

    public String getGlob() {
        return glob;
    }

    public String getRule() {
        return rule;
    }

    public String getSeverity() {
        return severity;
    }

    public void setGlob(String glob) {
        this.glob = glob;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }
}
