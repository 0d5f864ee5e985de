-- The triage board's text search reads one trigram index over title and
-- summary together instead of two, and tests one value per row.
DROP INDEX "incidents_title_trgm";
DROP INDEX "incidents_summary_trgm";
ALTER TABLE "incidents" ADD COLUMN "search_text" TEXT NOT NULL GENERATED ALWAYS AS ("title" || ' ' || "summary") STORED;
CREATE INDEX "incidents_search_text_trgm" ON "incidents" USING gin ("search_text" gin_trgm_ops);
