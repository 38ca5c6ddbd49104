package io.github.migrationguard.cli;

import io.github.migrationguard.engine.RuleIdHints;
import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code explain ID}: prints the rule's documentation page, packaged from {@code src/site/markdown/rules}.
 * A rule without a page (a third-party rule) is explained from its metadata.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Print a rule's documentation.")
final class ExplainCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "A rule id, as 'rules' lists them.")
    private String id;

    @Override
    public void run() {
        RuleRegistry registry = RuleRegistry.load(ExplainCommand.class.getClassLoader());
        Rule rule = registry.find(id.trim())
                .orElseThrow(() -> new ParameterException(spec.commandLine(), RuleIdHints.unknownRuleMessage(id, registry)));
        PrintWriter out = spec.commandLine().getOut();
        out.print(page(rule.meta()).orElseGet(() -> fromMeta(rule.meta())));
        out.flush();
    }

    private static Optional<String> page(RuleMeta meta) {
        try (InputStream in = ExplainCommand.class.getResourceAsStream("/rules/" + meta.id() + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fromMeta(RuleMeta m) {
        String nl = System.lineSeparator();
        return "# " + m.id() + nl + nl + m.title() + nl + nl
                + "Default severity: " + m.defaultSeverity().label() + ". Category: " + m.category().title() + "." + nl + nl
                + "## What it flags" + nl + nl + m.flags() + nl + nl
                + "## Why" + nl + nl + m.why() + nl + nl
                + "## Safe alternative" + nl + nl + m.recipe() + nl;
    }
}
