package io.github.migrationguard.sql;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.Frontend;
import io.github.migrationguard.model.Nesting;
import io.github.migrationguard.model.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The entry point the engine calls: splits a script, reads each statement with the right frontend
 * (JSqlParser for UPDATE/DELETE/INSERT, tokens for everything else), and reads the bodies of
 * {@code DO} blocks and SQL or PL/pgSQL routines so that their statements are analysed too. Never
 * throws: whatever cannot be read is an {@link Statement.Unrecognized} with its reason.
 */
public final class StatementReader {

    private StatementReader() {
    }

    public static ReadResult read(String scriptText) {
        SplitResult split = Splitter.split(scriptText);
        List<AnalyzedStatement> statements = new ArrayList<>(split.statements().size());
        List<LexProblem> problems = new ArrayList<>(split.problems());
        for (SqlStatement sql : split.statements()) {
            Reading reading = readOne(sql, Set.of());
            Optional<Body> body = body(sql, reading.model());
            int index = statements.size();
            if (body.isEmpty()) {
                statements.add(new AnalyzedStatement(index, sql, reading.model(), reading.frontend(), Nesting.TOP, -1));
                addWithQueries(statements, sql, Set.of(), Nesting.WITH_QUERY, index);
                continue;
            }
            BodyReader.Result inner = body.get().result();
            Statement model = withBodyFacts(reading.model(), inner);
            statements.add(new AnalyzedStatement(index, sql, model, reading.frontend(), Nesting.TOP, -1));
            Set<String> variables = new HashSet<>(inner.variables());
            if (reading.model() instanceof Statement.CreateRoutine) {
                variables.addAll(RoutineReader.parameterNames(sql));
            }
            for (SqlStatement nested : inner.statements()) {
                Reading r = readOne(nested, variables);
                statements.add(new AnalyzedStatement(statements.size(), nested, r.model(), r.frontend(),
                        body.get().nesting(), index));
                addWithQueries(statements, nested, variables, body.get().nesting(), index);
            }
            problems.addAll(inner.problems());
        }
        return new ReadResult(statements, problems, split.trailingComments());
    }

    /** The data-modifying queries of the statement's WITH clause, each read as a statement that runs with it. */
    private static void addWithQueries(List<AnalyzedStatement> statements, SqlStatement sql, Set<String> variables,
                                       Nesting nesting, int parent) {
        for (SqlStatement query : WithQueries.dataModifying(sql)) {
            Reading r = readOne(query, variables);
            statements.add(new AnalyzedStatement(statements.size(), query, r.model(), r.frontend(), nesting, parent));
        }
    }

    /** A statement's model and the frontend that built it. */
    private record Reading(Statement model, Frontend frontend) {
    }

    /** One statement through the frontend that suits it; {@code variables} are values in it (a body's). */
    private static Reading readOne(SqlStatement sql, Set<String> variables) {
        try {
            if (JSqlReader.handles(sql)) {
                JSqlReader.Result r = JSqlReader.read(sql, variables);
                return new Reading(r.statement(), r.frontend());
            }
            Statement model = TokenReader.read(sql);
            return new Reading(model, model instanceof Statement.Unrecognized ? Frontend.NONE : Frontend.TOKENS);
        } catch (RuntimeException | StackOverflowError e) {
            return new Reading(new Statement.Unrecognized("internal error while reading the statement ("
                    + e.getClass().getSimpleName() + "); please report it"), Frontend.NONE);
        }
    }

    /** The statements a block runs and where they stand. */
    private record Body(BodyReader.Result result, Nesting nesting) {
    }

    /** The body of a DO block or of a SQL / PL/pgSQL routine, read; empty for other statements and languages. */
    private static Optional<Body> body(SqlStatement sql, Statement model) {
        String language;
        Nesting nesting;
        if (model instanceof Statement.DoBlock) {
            language = ((Statement.DoBlock) model).language();
            nesting = Nesting.DO_BLOCK;
        } else if (model instanceof Statement.CreateRoutine) {
            language = ((Statement.CreateRoutine) model).language();
            nesting = Nesting.ROUTINE_BODY;
        } else {
            return Optional.empty();
        }
        BodyReader.Language lang;
        if (language.equals("plpgsql")) {
            lang = BodyReader.Language.PLPGSQL;
        } else if (language.equals("sql")) {
            lang = BodyReader.Language.SQL;
        } else {
            return Optional.empty();
        }
        Optional<Token> code = RoutineReader.codeToken(sql);
        if (code.isPresent()) {
            return Optional.of(new Body(BodyReader.read(code.get(), lang), nesting));
        }
        return atomicBody(sql).map(result -> new Body(result, nesting));
    }

    /** The statements between {@code BEGIN ATOMIC} and the final {@code END} of a SQL-standard routine body. */
    private static Optional<BodyReader.Result> atomicBody(SqlStatement sql) {
        List<Token> tokens = sql.tokens();
        int atomic = -1;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("begin") && tokens.get(i + 1).is("atomic")) {
                atomic = i + 1;
                break;
            }
        }
        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (atomic < 0 || last == null || !last.is("end") || tokens.size() - 1 <= atomic + 1) {
            return Optional.empty();
        }
        Token open = tokens.get(atomic);
        int from = open.endOffset() - sql.startOffset();
        int to = last.offset() - sql.startOffset();
        if (from < 0 || to > sql.text().length() || from > to) {
            return Optional.empty();
        }
        String text = sql.text().substring(from, to);
        return Optional.of(BodyReader.readSql(text, open.endLine(), open.endColumn() + 1, open.endOffset()));
    }

    private static Statement withBodyFacts(Statement model, BodyReader.Result body) {
        Statement.Body facts = new Statement.Body(body.loops(), body.commits(), body.sleeps(), body.statements().size());
        if (model instanceof Statement.DoBlock) {
            return new Statement.DoBlock(((Statement.DoBlock) model).language(), facts);
        }
        Statement.CreateRoutine routine = (Statement.CreateRoutine) model;
        return new Statement.CreateRoutine(routine.name(), routine.procedure(), routine.language(), facts,
                routine.volatility());
    }
}
