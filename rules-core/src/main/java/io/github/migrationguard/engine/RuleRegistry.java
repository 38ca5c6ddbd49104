package io.github.migrationguard.engine;

import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.builtin.BuiltinRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Built-in rules plus those third parties provide through {@link ServiceLoader}, sorted by id. */
public final class RuleRegistry {

    private final Map<String, Rule> byId;

    private RuleRegistry(List<Rule> rules) {
        Map<String, Rule> map = new LinkedHashMap<>();
        rules.stream().sorted(Comparator.comparing(r -> r.meta().id())).forEach(rule -> {
            if (map.putIfAbsent(rule.meta().id(), rule) != null) {
                throw new IllegalStateException("Two rules share the id " + rule.meta().id());
            }
        });
        this.byId = map;
    }

    public static RuleRegistry builtin() {
        return new RuleRegistry(BuiltinRules.all());
    }

    /** Built-in rules and every {@link Rule} the class loader's {@code META-INF/services} lists. */
    public static RuleRegistry load(ClassLoader loader) {
        List<Rule> rules = new ArrayList<>(BuiltinRules.all());
        ServiceLoader.load(Rule.class, loader).forEach(rules::add);
        return new RuleRegistry(rules);
    }

    public static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules);
    }

    public List<Rule> rules() {
        return List.copyOf(byId.values());
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }
}
