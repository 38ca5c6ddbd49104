CREATE TABLE "Semi;colon" ("Col""Quote" int);
ALTER TABLE "Semi;colon" RENAME TO "plain";
