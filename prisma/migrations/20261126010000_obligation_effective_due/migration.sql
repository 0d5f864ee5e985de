-- The due time that counts (a granted extension replaces the computed one),
-- kept by PostgreSQL so the Deadlines page can order and page by it.
ALTER TABLE "incident_obligations" ADD COLUMN "effective_due_at" TIMESTAMP(3) GENERATED ALWAYS AS (COALESCE("extended_due_at", "due_at")) STORED;

-- CreateIndex
CREATE INDEX "incident_obligations_effective_due_at_id_idx" ON "incident_obligations"("effective_due_at", "id");
