package io.github.migrationguard.rules.builtin;

import io.github.migrationguard.model.AlterAction;
import io.github.migrationguard.model.ConstraintDef;
import io.github.migrationguard.model.ConstraintKind;
import io.github.migrationguard.model.QualifiedName;
import io.github.migrationguard.model.Statement;
import io.github.migrationguard.sql.SqlStatement;
import io.github.migrationguard.sql.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The comma-separated actions of an {@code ALTER TABLE} as written, so a fix can change one of them and
 * keep the others (a {@code DROP CONSTRAINT x, ADD CONSTRAINT x …} pair is common in real migrations).
 */
final class AlterClauses {

    private AlterClauses() {
    }

    /**
     * The statement with {@code NOT VALID} appended to the {@code ADD} clause of each constraint (and
     * {@code CONSTRAINT name} inserted where it is unnamed), constraints in the order the statement adds them;
     * empty when a clause is not found or the token offsets do not line up with the text.
     */
    static Optional<String> addNotValid(SqlStatement sql, List<ConstraintNames.Named> constraints) {
        List<Token> tokens = sql.tokens();
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        String text = sql.text();
        int base = tokens.get(0).offset();
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int next = 0;
        for (List<Token> clause : clauses(tokens)) {
            if (next == constraints.size() || !isAddOf(clause, constraints.get(next).constraint())) {
                continue;
            }
            ConstraintNames.Named constraint = constraints.get(next++);
            Token add = clause.get(0);
            Token last = clause.get(clause.size() - 1);
            int afterAdd = add.endOffset() - base;
            int end = last.endOffset() - base;
            if (end > text.length() || !text.regionMatches(afterAdd - add.text().length(), add.text(), 0,
                    add.text().length())) {
                return Optional.empty();
            }
            String named = constraint.constraint().name().isPresent() ? ""
                    : " CONSTRAINT " + QualifiedName.quote(constraint.name());
            out.append(text, copied, afterAdd).append(named).append(text, afterAdd, end).append(" NOT VALID");
            copied = end;
        }
        if (next < constraints.size()) {
            return Optional.empty();
        }
        return Optional.of(out.append(text.substring(copied)).toString().strip());
    }

    /**
     * The lines a fix that replaces {@code action} starts with, so that the statement's other actions are not
     * lost: {@code -- The statement's other actions, as written:} and {@code ALTER TABLE t other, actions;}.
     * Empty when there is no other action, or when the written clauses do not line up with the model's actions.
     */
    static String keepOthers(SqlStatement sql, Statement.AlterTable alter, AlterAction action) {
        return keepOthers(sql, alter, List.of(action));
    }

    /** As {@link #keepOthers(SqlStatement, Statement.AlterTable, AlterAction)}, for a fix that replaces several actions. */
    static String keepOthers(SqlStatement sql, Statement.AlterTable alter, List<AlterAction> replaced) {
        List<Integer> indexes = replaced.stream().map(a -> indexOf(alter, a)).toList();
        List<int[]> ranges = actionRanges(sql, alter);
        if (indexes.contains(-1) || ranges.size() <= replaced.size()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            if (!indexes.contains(i)) {
                kept.add(StatementText.slice(sql, ranges.get(i)[0], ranges.get(i)[1]));
            }
        }
        return "-- The statement's other actions, as written:\n" + StatementText.slice(sql, 0, ranges.get(0)[0]) + " "
                + String.join(", ", kept) + ";\n";
    }

    /**
     * The statement with the {@code [CONSTRAINT name] UNIQUE [NULLS [NOT] DISTINCT]} or {@code PRIMARY KEY} of the
     * column that {@code action} adds left out, everything else as written; empty when it cannot be found.
     */
    static Optional<String> withoutColumnKey(SqlStatement sql, Statement.AlterTable alter, AlterAction action,
                                             boolean primaryKey) {
        int index = indexOf(alter, action);
        List<int[]> ranges = actionRanges(sql, alter);
        if (index < 0 || ranges.isEmpty()) {
            return Optional.empty();
        }
        List<Token> tokens = sql.tokens();
        int depth = 0;
        for (int i = ranges.get(index)[0]; i < ranges.get(index)[1]; i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (primaryKey ? t.is("PRIMARY") && i + 1 < tokens.size() && tokens.get(i + 1).is("KEY")
                    : t.is("UNIQUE"))) {
                int from = i >= 2 && tokens.get(i - 2).is("CONSTRAINT") ? i - 2 : i;
                int to = i + (primaryKey ? 2 : 1);
                if (!primaryKey && to < tokens.size() && tokens.get(to).is("NULLS")) {
                    to += to + 1 < tokens.size() && tokens.get(to + 1).is("NOT") ? 3 : 2;
                }
                return cut(sql, from, Math.min(to, tokens.size()));
            }
        }
        return Optional.empty();
    }

    /** The text without tokens {@code [from, to)}; empty when token offsets do not line up with the text. */
    private static Optional<String> cut(SqlStatement sql, int from, int to) {
        List<Token> tokens = sql.tokens();
        String text = sql.text();
        int base = tokens.get(0).offset();
        int a = tokens.get(from).offset() - base;
        int b = tokens.get(to - 1).endOffset() - base;
        if (a < 0 || b > text.length() || !text.startsWith(tokens.get(0).text())) {
            return Optional.empty();
        }
        String before = text.substring(0, a).stripTrailing();
        String after = text.substring(b).stripLeading();
        boolean glued = after.isEmpty() || after.startsWith(",") || after.startsWith(";");
        return Optional.of((before + (glued ? "" : " ") + after).strip());
    }

    private static int indexOf(Statement.AlterTable alter, AlterAction action) {
        for (int i = 0; i < alter.actions().size(); i++) {
            if (alter.actions().get(i) == action) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The {@code [from, to)} token ranges of the statement's actions, split at commas outside parentheses; empty
     * when the head is not {@code ALTER TABLE name} or the ranges do not line up with the model's actions.
     */
    private static List<int[]> actionRanges(SqlStatement sql, Statement.AlterTable alter) {
        List<Token> tokens = sql.tokens();
        int head = headLength(tokens);
        if (head <= 0 || head >= tokens.size()) {
            return List.of();
        }
        List<int[]> ranges = new ArrayList<>();
        int depth = 0;
        int start = head;
        for (int i = head; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && token.isSymbol(",")) {
                ranges.add(new int[] {start, i});
                start = i + 1;
            }
        }
        ranges.add(new int[] {start, tokens.size()});
        return ranges.size() == alter.actions().size() ? ranges : List.of();
    }

    /** Tokens of {@code ALTER TABLE [IF EXISTS] [ONLY] name [*]} (or VIEW, MATERIALIZED VIEW, FOREIGN TABLE); 0 if not that. */
    private static int headLength(List<Token> tokens) {
        int i = 1;
        if (tokens.isEmpty() || !tokens.get(0).is("ALTER")) {
            return 0;
        }
        while (i < tokens.size() && (tokens.get(i).is("TABLE") || tokens.get(i).is("VIEW")
                || tokens.get(i).is("MATERIALIZED") || tokens.get(i).is("FOREIGN"))) {
            i++;
        }
        if (i + 1 < tokens.size() && tokens.get(i).is("IF") && tokens.get(i + 1).is("EXISTS")) {
            i += 2;
        }
        if (i < tokens.size() && tokens.get(i).is("ONLY")) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).isIdentifier()) {
            return 0;
        }
        while (i + 2 < tokens.size() && tokens.get(i + 1).isSymbol(".") && tokens.get(i + 2).isIdentifier()) {
            i += 2;
        }
        i++;
        if (i < tokens.size() && tokens.get(i).isSymbol("*")) {
            i++;
        }
        return i;
    }

    /** The actions after {@code ALTER TABLE name}: runs of tokens split at commas outside parentheses. */
    static List<List<Token>> clauses(List<Token> tokens) {
        List<List<Token>> clauses = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (Token token : tokens) {
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && token.isSymbol(",")) {
                clauses.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(token);
        }
        clauses.add(current);
        // the first run starts with ALTER TABLE name: its action starts at the first action keyword
        List<Token> first = clauses.get(0);
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i).is("ADD")) {
                clauses.set(0, first.subList(i, first.size()));
                break;
            }
        }
        return clauses;
    }

    private static boolean isAddOf(List<Token> clause, ConstraintDef constraint) {
        // ADD CONSTRAINT …, ADD FOREIGN KEY …, ADD CHECK …; not ADD [COLUMN] x … REFERENCES/CHECK
        if (clause.size() < 2 || !clause.get(0).is("ADD") || has(clause, "VALID")
                || !(clause.get(1).is("CONSTRAINT") || clause.get(1).is("FOREIGN") || clause.get(1).is("CHECK"))) {
            return false;
        }
        boolean kind = constraint.kind() == ConstraintKind.FOREIGN_KEY ? has(clause, "FOREIGN")
                : constraint.kind() == ConstraintKind.CHECK && has(clause, "CHECK");
        if (!kind) {
            return false;
        }
        int named = indexOf(clause, "CONSTRAINT");
        if (constraint.name().isEmpty()) {
            return named < 0;
        }
        return named >= 0 && named + 1 < clause.size()
                && clause.get(named + 1).value().equals(constraint.name().get());
    }

    private static boolean has(List<Token> clause, String keyword) {
        return indexOf(clause, keyword) >= 0;
    }

    private static int indexOf(List<Token> clause, String keyword) {
        for (int i = 0; i < clause.size(); i++) {
            if (clause.get(i).is(keyword)) {
                return i;
            }
        }
        return -1;
    }
}
