/*
 * Migration header; with semicolons;
 */
CREATE TABLE d (id int);
/* a /* nested; */ comment; */
ALTER TABLE d ADD COLUMN e int /* inline; */;
