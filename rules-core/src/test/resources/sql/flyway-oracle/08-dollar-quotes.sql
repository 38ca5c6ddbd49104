SELECT $$a; b$$;
SELECT $tag$ it's; $$ nested $$ ; $tag$;
COMMENT ON TABLE t IS $c$comment; here$c$;
