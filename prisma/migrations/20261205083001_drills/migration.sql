-- CreateEnum
CREATE TYPE "DrillState" AS ENUM ('SCHEDULED', 'RUNNING', 'PAUSED', 'ENDED');

-- CreateTable
CREATE TABLE "drills" (
    "id" UUID NOT NULL,
    "scenario_id" TEXT NOT NULL,
    "incident_id" UUID NOT NULL,
    "cluster_id" UUID NOT NULL,
    "state" "DrillState" NOT NULL DEFAULT 'SCHEDULED',
    "starts_at" TIMESTAMP(3) NOT NULL,
    "ended_at" TIMESTAMP(3),
    "participant_ids" UUID[],
    "started_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "drills_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "drill_injects" (
    "id" UUID NOT NULL,
    "drill_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "due_at" TIMESTAMP(3) NOT NULL,
    "played_at" TIMESTAMP(3),

    CONSTRAINT "drill_injects_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "drills_incident_id_key" ON "drills"("incident_id");

-- CreateIndex
CREATE INDEX "drills_scenario_id_created_at_idx" ON "drills"("scenario_id", "created_at");

-- CreateIndex
CREATE INDEX "drill_injects_played_at_due_at_idx" ON "drill_injects"("played_at", "due_at");

-- CreateIndex
CREATE UNIQUE INDEX "drill_injects_drill_id_key_key" ON "drill_injects"("drill_id", "key");

-- AddForeignKey
ALTER TABLE "drill_injects" ADD CONSTRAINT "drill_injects_drill_id_fkey" FOREIGN KEY ("drill_id") REFERENCES "drills"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand: one drill at a time per sandbox cluster, so two drills
-- never fight over the same pods.
CREATE UNIQUE INDEX "drills_one_active_per_cluster" ON "drills"("cluster_id") WHERE "state" <> 'ENDED';
