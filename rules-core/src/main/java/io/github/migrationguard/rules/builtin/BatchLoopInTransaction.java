package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AnalyzedStatement;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.rules.Category;
import io.github.migrationguard.rules.Rule;
import io.github.migrationguard.rules.RuleContext;
import io.github.migrationguard.rules.RuleMeta;
import io.github.migrationguard.rules.Severity;
import io.github.migrationguard.sql.Lexer;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;
import io.github.migrationguard.sql.TokenType;
import io.github.migrationguard.tx.TxPosition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loop of {@code UPDATE}/{@code DELETE} batches that never commits in between: a {@code DO} block, or a
 * {@code CALL} (or {@code SELECT}) of a routine created earlier in the run, executed in one transaction.
 */
public final class BatchLoopInTransaction implements Rule {

    static final RuleMeta META = RuleMeta.builder("batch-loop-in-transaction")
            .title("Batch loop that runs in one transaction")
            .category(Category.DATA_CHANGES)
            .severity(Severity.WARNING)
            .flags("A `DO` block whose body loops (`LOOP`, `WHILE`, `FOR`) around `UPDATE` or `DELETE` of an existing "
                    + "table, when it runs inside a transaction block (the runner's or an explicit `BEGIN`) or never "
                    + "commits; and a `CALL` of a procedure (or a `SELECT` of a function) with such a loop, created "
                    + "earlier in the migrations, on the same terms.")
            .why("Batching only helps when each batch commits. In one transaction nothing commits between batches: "
                    + "every updated row stays locked and the table keeps its lock until the end, the WAL and dead rows "
                    + "pile up as for one big statement, and `pg_sleep` between batches only makes the locks last "
                    + "longer. A `COMMIT` inside the loop does not help either when a transaction block is open: it "
                    + "fails with \"invalid transaction termination\" (functions can never commit).")
            .recipe("Commit per batch, outside any transaction block. From PostgreSQL 11 a `DO` block or a procedure "
                    + "can `COMMIT` when it is not called inside a transaction (Flyway: a migration of its own with "
                    + "`executeInTransaction=false` in its `.conf`):\n\n"
                    + "```sql\nDO $$\nDECLARE\n  deleted integer;\nBEGIN\n  LOOP\n"
                    + "    DELETE FROM events WHERE id IN (SELECT id FROM events WHERE created_at < now() - interval '90 days' LIMIT 1000);\n"
                    + "    GET DIAGNOSTICS deleted = ROW_COUNT;\n    EXIT WHEN deleted = 0;\n    COMMIT;\n"
                    + "    PERFORM pg_sleep(0.1);\n  END LOOP;\nEND $$;\n```\n\n"
                    + "For long backfills a batch job in the application, which can pause, resume and throttle, is "
                    + "better still.")
            .kinds(Statement.DoBlock.class, Statement.CreateRoutine.class, Statement.Other.class)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** What a routine created earlier in the run does, when it loops over data changes. */
    private record BatchRoutine(boolean procedure, boolean commits, List<QualifiedName> tables) {
    }

    private static final class Routines {
        final Map<String, BatchRoutine> byName = new HashMap<>();
    }

    @Override
    public void check(RuleContext context) {
        Statement model = context.model();
        if (model instanceof Statement.DoBlock block) {
            List<QualifiedName> tables = changedInLoop(context, block.body());
            if (!tables.isEmpty() && runsInOneTransaction(context, block.body().commits())) {
                report(context, "DO block", tables, block.body().commits(), block.body().sleeps());
            }
        } else if (model instanceof Statement.CreateRoutine routine) {
            Routines routines = context.state(Routines.class, Routines::new);
            List<QualifiedName> tables = changedInLoop(context, routine.body());
            if (tables.isEmpty()) {
                routines.byName.remove(routine.name().name());
            } else {
                routines.byName.put(routine.name().name(),
                        new BatchRoutine(routine.procedure(), routine.body().commits(), tables));
            }
        } else if (model instanceof Statement.Other other
                && (other.command().equals("CALL") || other.command().equals("SELECT"))) {
            Routines routines = context.state(Routines.class, Routines::new);
            called(context, routines).ifPresent(entry -> {
                BatchRoutine routine = entry.getValue();
                // a function runs inside the calling statement's transaction whatever it does
                boolean commits = routine.procedure() && routine.commits();
                if (runsInOneTransaction(context, commits)) {
                    report(context, (routine.procedure() ? "Procedure " : "Function ")
                            + Describe.quoted(entry.getKey()), routine.tables(), commits, false);
                }
            });
        }
    }

    /** Existing tables an UPDATE or DELETE in a looping body changes; empty when the body does not loop. */
    private static List<QualifiedName> changedInLoop(RuleContext context, Statement.Body body) {
        List<QualifiedName> tables = new ArrayList<>();
        if (!body.loops()) {
            return tables;
        }
        int self = context.statement().index();
        for (AnalyzedStatement s : context.statements()) {
            if (s.parent() != self) {
                continue;
            }
            Optional<QualifiedName> table = s.model() instanceof Statement.Update u ? Optional.of(u.table())
                    : s.model() instanceof Statement.Delete d ? Optional.of(d.table()) : Optional.empty();
            table.filter(context.catalog()::isExisting).filter(t -> tables.stream().noneMatch(t::sameObject))
                    .ifPresent(tables::add);
        }
        return tables;
    }

    /** Inside a transaction block everything is one transaction; outside, only a body that commits splits it. */
    private static boolean runsInOneTransaction(RuleContext context, boolean commits) {
        return context.tx().inTransactionBlock() || !commits;
    }

    /** The first routine remembered as a batch loop that the statement calls: {@code name(} in its tokens. */
    private static Optional<Map.Entry<String, BatchRoutine>> called(RuleContext context, Routines routines) {
        List<Token> tokens = context.statement().sql().tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isIdentifier() && tokens.get(i + 1).isSymbol("(") && routines.byName.containsKey(t.value())) {
                return Optional.of(Map.entry(t.value(), routines.byName.get(t.value())));
            }
        }
        return Optional.empty();
    }

    private static void report(RuleContext context, String what, List<QualifiedName> tables, boolean commits,
                               boolean sleeps) {
        String table = Describe.quoted(tables);
        String effect = commits
                ? "its COMMIT fails with \"invalid transaction termination\" because it runs inside a transaction "
                + "block (" + (context.tx().mode() == TxPosition.Mode.EXPLICIT
                ? "an explicit BEGIN" : "the runner's transaction") + ")"
                : "nothing commits between batches, so every changed row of " + table + " stays locked and the "
                + "table's lock is held until the end, with the WAL and dead rows of one big statement"
                + (sleeps ? "; the pg_sleep calls only make the locks last longer" : "");
        context.report(what + " loops over UPDATE/DELETE batches on existing table" + StatementText.plural(tables)
                        + " " + table + " in one transaction: " + effect + ".",
                fix(context, what, commits));
    }

    private static String fix(RuleContext context, String what, boolean commits) {
        String outside = BatchedRewrite.outsideTransaction(context.script().runner());
        if (what.startsWith("Function")) {
            return "-- A function cannot COMMIT: make it a procedure that commits after each batch (COMMIT before its "
                    + "END LOOP; PostgreSQL 11+)\n-- and CALL it instead.\n" + outside
                    + StatementRewrite.text(context.statement()) + ";";
        }
        if (commits || !(context.model() instanceof Statement.DoBlock)) {
            return (commits ? "" : "-- Commit after each batch: COMMIT before the END LOOP of its loop (PostgreSQL 11+).\n")
                    + outside + StatementRewrite.text(context.statement()) + ";";
        }
        Optional<String> committing = committingEachBatch(context);
        return "-- Commit after each batch (PostgreSQL 11+)" + (committing.isPresent() ? ", as below" : ": COMMIT before "
                + "the END LOOP of its loop") + ".\n" + outside
                + (hasExceptionClause(context.statement().sql()) ? "-- A block with an EXCEPTION clause cannot COMMIT: "
                + "keep the handler in an inner BEGIN … EXCEPTION … END around the statement it guards.\n" : "")
                + committing.orElse(StatementRewrite.text(context.statement())) + ";";
    }

    /**
     * The DO block as written with {@code COMMIT;} before the {@code END LOOP} of each innermost loop that runs
     * one of its data changes; empty when its body cannot be read in place.
     */
    private static Optional<String> committingEachBatch(RuleContext context) {
        SqlStatement sql = context.statement().sql();
        Token body = sql.tokens().stream().filter(t -> t.type() == TokenType.DOLLAR_STRING).findFirst().orElse(null);
        if (body == null) {
            return Optional.empty();
        }
        int tag = body.text().indexOf('$', 1) + 1;
        if (tag <= 0 || body.text().length() < 2 * tag) {
            return Optional.empty();
        }
        String code = body.text().substring(tag, body.text().length() - tag);
        List<Token> tokens = Lexer.lex(code, body.line(), body.column() + tag, body.offset() + tag).tokens()
                .stream().filter(t -> !t.isComment()).toList();
        List<Integer> changes = new ArrayList<>();
        for (AnalyzedStatement s : context.statements()) {
            if (s.parent() == context.statement().index()
                    && (s.model() instanceof Statement.Update || s.model() instanceof Statement.Delete)) {
                changes.add(s.sql().startOffset());
            }
        }
        List<Integer> inserts = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean endLoop = t.is("end") && i + 1 < tokens.size() && tokens.get(i + 1).is("loop");
            if (t.is("loop") && !(i > 0 && tokens.get(i - 1).is("end"))) {
                open.push(t.offset());
            } else if (endLoop && !open.isEmpty()) {
                int start = open.pop();
                boolean innermost = inserts.stream().noneMatch(at -> at > start && at < t.offset());
                if (innermost && changes.stream().anyMatch(at -> at > start && at < t.offset())) {
                    inserts.add(t.offset());
                }
            }
        }
        if (inserts.isEmpty()) {
            return Optional.empty();
        }
        String text = sql.text();
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int at : inserts) {
            int local = at - sql.startOffset();
            if (local < copied || local > text.length()) {
                return Optional.empty();
            }
            int lineStart = text.lastIndexOf('\n', local - 1) + 1;
            String indent = text.substring(lineStart, local);
            out.append(text, copied, local).append(indent.isBlank() ? "  COMMIT;\n" + indent : "COMMIT; ");
            copied = local;
        }
        return Optional.of(out.append(text.substring(copied)).toString().strip());
    }

    private static boolean hasExceptionClause(SqlStatement sql) {
        return sql.tokens().stream().filter(t -> t.type() == TokenType.DOLLAR_STRING).findFirst()
                .map(body -> Lexer.lex(body.value()).tokens().stream().anyMatch(t -> t.is("exception")))
                .orElse(false);
    }
}
