SELECT 1.5e10, .5, 0x1F, 1_000, 2E-3;
SELECT data ->> 'k', data #>> '{a,b}', data @> '{}'::jsonb FROM t WHERE a <> b AND c != d;
SELECT a || b, x::int FROM t;
