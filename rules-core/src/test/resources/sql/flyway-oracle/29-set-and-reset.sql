SET lock_timeout = '2s';
SET statement_timeout TO 0;
RESET lock_timeout;
SET LOCAL search_path = public, "my;schema";
