-- An unnamed primary key on a schema-qualified table: index build under ACCESS EXCLUSIVE.
-- expect: add-unique-constraint
ALTER TABLE audit.events ADD PRIMARY KEY (id);
