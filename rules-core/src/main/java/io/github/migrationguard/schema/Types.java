package io.github.migrationguard.schema;

import io.github.migrationguard.model.DataType;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The enum types and domains the replayed scripts created. */
final class Types {

    private record EnumType(QualifiedName name, List<String> values) {
    }

    private final List<EnumType> enums = new ArrayList<>();
    private final List<Statement.CreateDomain> domains = new ArrayList<>();
    private final List<Statement.CreateRoutine> functions = new ArrayList<>();

    /** The type a column's {@link DataType} names ({@code public.mood} → schema {@code public}, name {@code mood}). */
    static QualifiedName nameOf(DataType type) {
        int dot = type.name().lastIndexOf('.');
        return dot < 0 ? QualifiedName.of(type.name())
                : new QualifiedName(type.name().substring(0, dot), type.name().substring(dot + 1));
    }

    void apply(Statement statement) {
        if (statement instanceof Statement.CreateEnumType create) {
            drop(create.name());
            enums.add(new EnumType(create.name(), new ArrayList<>(create.values())));
        } else if (statement instanceof Statement.AlterTypeAddValue add) {
            findEnum(add.type()).filter(e -> !e.values().contains(add.value())).ifPresent(e -> e.values().add(add.value()));
        } else if (statement instanceof Statement.CreateDomain domain) {
            drop(domain.name());
            domains.add(domain);
        } else if (statement instanceof Statement.CreateRoutine routine && !routine.procedure()) {
            functions.removeIf(f -> f.name().equals(routine.name()));
            functions.add(routine);
        }
    }

    void drop(QualifiedName type) {
        enums.removeIf(e -> e.name().sameObject(type));
        domains.removeIf(d -> d.name().sameObject(type));
    }

    Optional<List<String>> enumValues(QualifiedName type) {
        return findEnum(type).map(e -> List.copyOf(e.values()));
    }

    Optional<Statement.CreateDomain> domain(QualifiedName name) {
        return domains.stream().filter(d -> d.name().sameObject(name)).findFirst();
    }

    /**
     * The declared volatility of the function so named, when the replayed scripts created it; unknown when
     * functions of that name (overloads, other schemas) disagree.
     */
    Optional<String> functionVolatility(QualifiedName name) {
        List<String> seen = functions.stream().filter(f -> f.name().sameObject(name))
                .map(Statement.CreateRoutine::volatility).distinct().toList();
        return seen.size() == 1 ? Optional.of(seen.get(0)) : Optional.empty();
    }

    void dropFunction(QualifiedName name) {
        functions.removeIf(f -> f.name().sameObject(name));
    }

    List<QualifiedName> domainsOver(QualifiedName type) {
        return domains.stream().filter(d -> nameOf(d.baseType()).sameObject(type)).map(Statement.CreateDomain::name).toList();
    }

    private Optional<EnumType> findEnum(QualifiedName type) {
        return enums.stream().filter(e -> e.name().sameObject(type)).findFirst();
    }
}
