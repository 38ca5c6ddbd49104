-- PostgreSQL 13 has no concurrent detach: there is nothing better to suggest.
-- pg: 13
SET lock_timeout = '5s';
ALTER TABLE measurements DETACH PARTITION measurements_2023;
