package io.github.migrationguard.report;

import io.github.migrationguard.Diagnostic;
import io.github.migrationguard.engine.Finding;
import io.github.migrationguard.engine.LintResult;
import io.github.migrationguard.engine.Summary;
import io.github.migrationguard.json.JsonWriter;

/**
 * The JSON report of DESIGN.md. Written by hand so rules-core needs no JSON library: the format is
 * small and fixed, and only strings need escaping.
 */
public final class JsonReport {

    public static final String TOOL_NAME = "migration-guard";

    private JsonReport() {
    }

    public static String render(LintResult result, String toolVersion) {
        StringBuilder b = new StringBuilder(4096);
        b.append("{\n  \"tool\": {\"name\": ").append(str(TOOL_NAME)).append(", \"version\": ").append(str(toolVersion))
                .append("},\n  \"findings\": [");
        String sep = "\n";
        for (Finding f : result.findings()) {
            b.append(sep).append("    {\"ruleId\": ").append(str(f.ruleId()))
                    .append(", \"severity\": ").append(str(f.severity().label()))
                    .append(", \"file\": ").append(str(f.file()))
                    .append(", \"line\": ").append(f.range().line())
                    .append(", \"column\": ").append(f.range().column())
                    .append(", \"endLine\": ").append(f.range().endLine())
                    .append(", \"endColumn\": ").append(f.range().endColumn())
                    .append(", \"message\": ").append(str(f.message()))
                    .append(", \"fix\": ").append(f.fix() == null ? "null" : str(f.fix()))
                    .append('}');
            sep = ",\n";
        }
        b.append(result.findings().isEmpty() ? "]" : "\n  ]").append(",\n  \"diagnostics\": [");
        sep = "\n";
        for (Diagnostic d : result.diagnostics()) {
            b.append(sep).append("    {\"file\": ").append(str(d.file()))
                    .append(", \"line\": ").append(d.line())
                    .append(", \"column\": ").append(d.column())
                    .append(", \"message\": ").append(str(d.message()))
                    .append('}');
            sep = ",\n";
        }
        Summary s = result.summary();
        b.append(result.diagnostics().isEmpty() ? "]" : "\n  ]")
                .append(",\n  \"summary\": {\"files\": ").append(s.files())
                .append(", \"replayed\": ").append(s.replayed())
                .append(", \"statements\": ").append(s.statements())
                .append(", \"unanalyzed\": ").append(s.unanalyzed())
                .append(", \"frontends\": {\"jsqlparser\": ").append(s.byJsqlParser())
                .append(", \"tokens\": ").append(s.byTokens()).append('}')
                .append(", \"findings\": {\"error\": ").append(s.errors())
                .append(", \"warning\": ").append(s.warnings())
                .append(", \"info\": ").append(s.infos())
                .append("}}\n}\n");
        return b.toString();
    }

    /** A JSON string literal. */
    static String str(String s) {
        return JsonWriter.string(s);
    }
}
