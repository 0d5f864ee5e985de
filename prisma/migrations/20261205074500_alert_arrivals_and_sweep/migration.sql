-- AlterTable
ALTER TABLE "alert_groups" ADD COLUMN     "unattended_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "alert_arrival_tallies" (
    "source_id" UUID NOT NULL,
    "minute" TIMESTAMP(3) NOT NULL,
    "shard" SMALLINT NOT NULL,
    "events" INTEGER NOT NULL DEFAULT 0,
    "new_alerts" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "audited_at" TIMESTAMP(3),

    CONSTRAINT "alert_arrival_tallies_pkey" PRIMARY KEY ("source_id","minute","shard")
);

-- CreateIndex
CREATE INDEX "alert_arrival_tallies_unaudited_idx" ON "alert_arrival_tallies"("minute");

-- The sweep's two questions, answered from small partial indexes however
-- large the inbox grows: which new groups were never routed, and which
-- have waited unattended.
CREATE INDEX "alert_groups_unrouted_idx" ON "alert_groups"("first_seen_at") WHERE "state" = 'new' AND "routed_at" IS NULL;
CREATE INDEX "alert_groups_waiting_idx" ON "alert_groups"("first_seen_at") WHERE "state" = 'new' AND "unattended_at" IS NULL;
