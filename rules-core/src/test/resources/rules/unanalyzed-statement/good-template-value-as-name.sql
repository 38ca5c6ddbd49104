-- A Go template value ({{ … }}) stands for a name, here the schema: the statements are analysed as written.
CREATE TABLE {{ index .Options "Namespace" }}.audit_log (id bigint PRIMARY KEY, payload jsonb);
GRANT SELECT ON "{{ index .Options "Namespace" }}".audit_log TO {{ .Role }};
