/**
 * Reading PostgreSQL migration text: {@link io.github.migrationguard.sql.Lexer} (tokens with exact 1-based
 * positions), {@link io.github.migrationguard.sql.Splitter} (statements, as psql and Flyway cut them) and
 * {@link io.github.migrationguard.sql.BodyReader} (the SQL inside DO blocks and function bodies).
 *
 * <p>Nothing here throws on bad input or recurses on nesting; problems come back as
 * {@link io.github.migrationguard.sql.LexProblem}s with a range.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>CRLF, LF and a lone CR are each one line break (Flyway counts only LF: its line numbers differ for
 *       old-Mac files); columns count UTF-16 chars, a tab is one column.</li>
 *   <li>Non-ASCII letters and digits are identifier chars; other non-ASCII chars (U+FFFD, lone surrogates, NBSP)
 *       and control chars are one-char {@code ERROR} tokens with a problem, and end the statement they are in.
 *       PostgreSQL would take them as identifier bytes and fail later with a less helpful message.</li>
 *   <li>{@code COPY … FROM STDIN;} is followed by data lines up to {@code \.}: one {@code COPY_DATA} token that
 *       belongs to no statement. Inside bodies there is no data (PL/pgSQL cannot COPY from the client).</li>
 *   <li>Statement text and offsets run from the first to the last token; comments before a statement (since the
 *       previous one) are attached to it, so a suppression comment on the line before is found.</li>
 *   <li>BodyReader keeps only statements that change schema or data (plus SET/RESET and WITH), and MERGE beside
 *       UPDATE/INSERT/DELETE. An {@code EXECUTE 'literal'} is read in place; when the literal has escapes
 *       ({@code ''}) its statements get the EXECUTE's range, since positions inside cannot be mapped back.</li>
 * </ul>
 */
package io.github.migrationguard.sql;
