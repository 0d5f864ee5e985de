-- A paused drill remembers when it paused, so resuming moves the remaining
-- injects later by exactly the time spent paused.
ALTER TABLE "drills" ADD COLUMN "paused_at" TIMESTAMP(3);

-- Sandbox side effects of an inject are applied after the inject is claimed;
-- effect_done_at records that they were, so a worker that crashed between
-- claiming and acting finishes the effect on its next pass (never twice: each
-- effect is idempotent and keyed by the inject).
ALTER TABLE "drill_injects" ADD COLUMN "effect_done_at" TIMESTAMP(3);
CREATE INDEX "drill_injects_effect_pending_idx" ON "drill_injects"("played_at") WHERE "effect_done_at" IS NULL AND "played_at" IS NOT NULL;
