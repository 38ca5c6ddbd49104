-- The first refresh: nobody can read the view before it, and CONCURRENTLY is refused on an unpopulated view.
REFRESH MATERIALIZED VIEW top_customers;
