package io.github.migrationguard.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows as left-aligned columns two spaces apart; the last column is not padded. */
final class Columns {

    private Columns() {
    }

    static void print(List<String[]> rows, PrintWriter out) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns - 1; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns - 1; c++) {
                line.append(row[c]).append(" ".repeat(widths[c] - row[c].length() + 2));
            }
            out.println(line.append(row[columns - 1]));
        }
    }
}
