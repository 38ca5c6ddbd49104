package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.schema.TableInfo;

import java.util.List;

/**
 * What the statements before the current one in the same script did, for the facts the catalog does
 * not track yet (indexes). Routine bodies are skipped: they run when called, not when the script runs.
 */
final class EarlierStatements {

    private EarlierStatements() {
    }

    static List<AnalyzedStatement> of(RuleContext context) {
        int index = context.statement().index();
        return context.statements().subList(0, Math.min(index, context.statements().size())).stream()
                .filter(s -> s.nesting() != Nesting.ROUTINE_BODY)
                .toList();
    }

    /**
     * True when the index is new and unused: created earlier in this migration, or on a table created earlier
     * in the deployment (renamed since or not).
     */
    static boolean createdIndex(RuleContext context, QualifiedName index) {
        if (context.catalog().tableOfIndex(index).filter(TableInfo::newInScope).isPresent()) {
            return true;
        }
        int current = context.statement().index();
        for (AnalyzedStatement s : context.statementsOf(Statement.CreateIndex.class)) {
            if (s.index() >= current) {
                break;
            }
            if (s.nesting() != Nesting.ROUTINE_BODY && s.model() instanceof Statement.CreateIndex i && i.name().isPresent()
                    && index.sameObject(new QualifiedName(i.table().schema(), i.name().get()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an object of this kind ({@code SCHEMA}, {@code TYPE}, {@code FUNCTION}, … as {@code DROP} names
     * it) and name was created earlier in this migration, so nothing but the migration uses it yet.
     */
    static boolean createdObject(RuleContext context, String kind, QualifiedName name) {
        for (AnalyzedStatement s : of(context)) {
            Statement model = s.model();
            boolean created = switch (kind) {
                case "FUNCTION", "PROCEDURE", "ROUTINE" -> model instanceof Statement.CreateRoutine r
                        && r.name().sameObject(name);
                case "TYPE" -> (model instanceof Statement.CreateEnumType e && e.name().sameObject(name))
                        || createdByOther(model, "CREATE TYPE", name);
                case "DOMAIN" -> model instanceof Statement.CreateDomain d && d.name().sameObject(name);
                default -> createdByOther(model, "CREATE " + kind, name);
            };
            if (created) {
                return true;
            }
        }
        return false;
    }

    private static boolean createdByOther(Statement model, String command, QualifiedName name) {
        return model instanceof Statement.Other o && o.command().equals(command)
                && o.target().map(name::sameObject).orElse(false);
    }
}
