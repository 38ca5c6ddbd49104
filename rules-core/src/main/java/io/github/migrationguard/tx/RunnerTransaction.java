package io.github.migrationguard.tx;

import io.github.migrationguard.source.MigrationScript;
import io.github.migrationguard.source.Runner;
import io.github.migrationguard.source.ScriptKind;

/**
 * Whether a script's runner wraps it in one transaction, per runner (see {@code adr/runners.md}).
 *
 * <p>A runner that sends the whole script as one query string ({@link MigrationScript#oneQuery()}: Prisma,
 * golang-migrate, diesel, Liquibase with {@code splitStatements:false}) gets PostgreSQL's own rule: a
 * string of several statements runs in one implicit transaction block, whatever the runner's setting, so
 * {@code CREATE INDEX CONCURRENTLY} only works alone in its file.
 *
 * @param runnerTransaction the statements run in one transaction the script did not open itself
 * @param reason            why, in the runner's terms
 * @param mixed             Flyway only: the script mixes statements it runs inside and outside a transaction
 * @param implicitBlock     the transaction is PostgreSQL's implicit block around a multi-statement query string,
 *                          not one the runner opened: a {@code BEGIN} turns it into an explicit one without a
 *                          warning, and a final {@code COMMIT} closes it as the end of the string would
 */
record RunnerTransaction(boolean runnerTransaction, String reason, boolean mixed, boolean implicitBlock) {

    RunnerTransaction(boolean runnerTransaction, String reason, boolean mixed) {
        this(runnerTransaction, reason, mixed, false);
    }

    /**
     * @param flywayOutside a top-level statement Flyway runs outside a transaction
     * @param flywayInside  a top-level statement Flyway runs inside one
     * @param topLevel      how many top-level statements the script has
     * @param flywayMixed   Flyway's {@code mixed} setting
     * @param flywayExecuteInTransaction Flyway's global {@code executeInTransaction}: when false, a script with no
     *                      {@code .conf} setting runs in autocommit, mixed or not
     */
    static RunnerTransaction decide(MigrationScript script, boolean flywayOutside, boolean flywayInside, int topLevel,
                                    boolean flywayMixed, boolean flywayExecuteInTransaction) {
        Runner runner = script.runner();
        if (script.kind() == ScriptKind.PLAIN || runner == Runner.PLAIN) {
            return new RunnerTransaction(false,
                    "plain script: no runner transaction, each statement commits by itself as in psql", false);
        }
        boolean implicitBlock = script.oneQuery() && topLevel > 1;
        if (script.executeInTransaction().isPresent()) {
            boolean wanted = script.executeInTransaction().get();
            if (!wanted && implicitBlock) {
                return implicit(runner, setting(script, false) + ", but ");
            }
            return new RunnerTransaction(wanted, setting(script, wanted), false);
        }
        return switch (runner) {
            case FLYWAY -> flyway(flywayOutside, flywayInside, flywayMixed, flywayExecuteInTransaction);
            case DIESEL -> new RunnerTransaction(true, "diesel runs each migration in a transaction", false);
            case LIQUIBASE -> new RunnerTransaction(true,
                    "Liquibase runs each changeset in a transaction (runInTransaction defaults to true)", false);
            case PRISMA, GOLANG_MIGRATE -> implicitBlock
                    ? implicit(runner, "")
                    : new RunnerTransaction(false, runner.label() + " sends this single statement by itself: it commits"
                    + " on its own", false);
            case PLAIN -> throw new IllegalStateException("handled above");
        };
    }

    private static RunnerTransaction implicit(Runner runner, String lead) {
        return new RunnerTransaction(true, lead + runner.label() + " sends the whole script as one query string, which"
                + " PostgreSQL runs in one implicit transaction when it holds several statements", false, true);
    }

    private static String setting(MigrationScript script, boolean value) {
        return switch (script.runner()) {
            case DIESEL -> "run_in_transaction = " + value + " in metadata.toml";
            case LIQUIBASE -> "runInTransaction:" + value + " on the changeset";
            default -> "executeInTransaction=" + value + " in " + script.path() + ".conf";
        };
    }

    private static RunnerTransaction flyway(boolean anyOutside, boolean anyInside, boolean mixed,
                                            boolean executeInTransaction) {
        // Flyway checks mixing only when it would open a transaction at all (checked against its parser)
        if (!executeInTransaction) {
            return new RunnerTransaction(false, "executeInTransaction=false in Flyway's configuration: each statement "
                    + "commits by itself", false);
        }
        if (anyOutside && anyInside) {
            return new RunnerTransaction(false, mixed
                    ? "mixed=true and the script has statements Flyway runs outside a transaction: all run in autocommit"
                    : "Flyway refuses the script: it mixes statements that must run outside a transaction with others"
                    + " (mixed=false)", true);
        }
        if (anyOutside) {
            return new RunnerTransaction(false,
                    "Flyway runs the script outside a transaction: it has statements that cannot run in one", false);
        }
        return new RunnerTransaction(true, "Flyway runs the script in one transaction", false);
    }
}
