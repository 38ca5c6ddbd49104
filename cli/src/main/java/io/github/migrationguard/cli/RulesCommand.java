package io.github.migrationguard.cli;

import io.github.migrationguard.engine.RuleRegistry;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code rules}: every rule with its default severity, category and title, in aligned columns. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule.")
final class RulesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "DEFAULT", "CATEGORY", "TITLE"});
        for (Rule rule : RuleRegistry.load(RulesCommand.class.getClassLoader()).rules()) {
            RuleMeta m = rule.meta();
            rows.add(new String[] {m.id(), m.defaultSeverity().label(), categoryLabel(m), m.title()});
        }
        PrintWriter out = spec.commandLine().getOut();
        Columns.print(rows, out);
        out.flush();
    }

    static String categoryLabel(RuleMeta meta) {
        return meta.category().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
