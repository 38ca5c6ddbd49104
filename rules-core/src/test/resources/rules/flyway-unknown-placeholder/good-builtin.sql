-- Flyway's built-in placeholders always have a value.
CREATE TABLE ${flyway:defaultSchema}.deploy_log (id bigint PRIMARY KEY, deployed_by text DEFAULT '${flyway:user}');
