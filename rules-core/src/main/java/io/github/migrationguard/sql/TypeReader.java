package io.github.migrationguard.sql;

import io.github.migrationguard.model.DataType;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code CREATE TYPE … AS ENUM} and {@code CREATE DOMAIN}, which the catalog follows (enum values,
 * columns whose type is a domain). Other {@code CREATE TYPE}s stay {@link Statement.Other}.
 */
final class TypeReader {

    private TypeReader() {
    }

    /** The cursor stands after {@code CREATE}; empty (cursor unmoved) when this is not an enum type. */
    static Optional<Statement> enumType(TokenCursor c) {
        int start = c.position();
        if (!c.accept("type")) {
            return Optional.empty();
        }
        QualifiedName name = c.qualifiedName();
        if (!c.accept("as", "enum")) {
            c.reset(start);
            return Optional.empty();
        }
        c.expectSymbol("(");
        List<String> values = new ArrayList<>();
        while (!c.atEnd() && !c.isSymbol(")")) {
            Token value = c.next();
            if (value.type() != TokenType.STRING) {
                throw c.failure("CREATE TYPE … AS ENUM: expected a string value");
            }
            values.add(value.value());
            c.acceptSymbol(",");
        }
        c.expectSymbol(")");
        c.expectEnd();
        return Optional.of(new Statement.CreateEnumType(name, values));
    }

    /** The cursor stands after {@code CREATE DOMAIN}. */
    static Statement domain(TokenCursor c) {
        QualifiedName name = c.qualifiedName();
        c.accept("as");
        DataType base = DataTypes.read(c).type();
        boolean constrained = false;
        while (!c.atEnd()) {
            constrained |= c.isAny("check", "not");
            c.skipItem();
        }
        return new Statement.CreateDomain(name, base, constrained);
    }
}
