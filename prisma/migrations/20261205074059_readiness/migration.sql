-- CreateEnum
CREATE TYPE "ReadinessRunState" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "posture_scans" (
    "id" UUID NOT NULL,
    "cluster_id" UUID NOT NULL,
    "state" "ReadinessRunState" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "progress_total" INTEGER NOT NULL DEFAULT 1,
    "findings" JSONB NOT NULL DEFAULT '[]',
    "skipped" JSONB NOT NULL DEFAULT '{}',
    "unlisted" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,
    "server_version" TEXT,
    "score" INTEGER,
    "requested_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "posture_scans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_evaluations" (
    "id" UUID NOT NULL,
    "findings" JSONB NOT NULL DEFAULT '[]',
    "chain_ok" BOOLEAN NOT NULL,
    "chain_reason" TEXT,
    "score" INTEGER,
    "evaluated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plan_evaluations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "risk_acceptances" (
    "id" UUID NOT NULL,
    "cluster_id" UUID,
    "check_id" TEXT NOT NULL,
    "object_key" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "accepted_by_id" UUID NOT NULL,
    "accepted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMP(3),
    "revoked_by_id" UUID,
    "revoke_reason" TEXT,

    CONSTRAINT "risk_acceptances_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logging_attestations" (
    "id" UUID NOT NULL,
    "cluster_id" UUID NOT NULL,
    "statement" TEXT NOT NULL,
    "attested_by_id" UUID NOT NULL,
    "attested_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_logging_attestations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "posture_scans_cluster_id_created_at_idx" ON "posture_scans"("cluster_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "posture_scans_state_finished_at_idx" ON "posture_scans"("state", "finished_at");

-- CreateIndex
CREATE INDEX "plan_evaluations_evaluated_at_idx" ON "plan_evaluations"("evaluated_at" DESC);

-- CreateIndex
CREATE INDEX "risk_acceptances_revoked_at_expires_at_idx" ON "risk_acceptances"("revoked_at", "expires_at");

-- CreateIndex
CREATE INDEX "audit_logging_attestations_cluster_id_attested_at_idx" ON "audit_logging_attestations"("cluster_id", "attested_at" DESC);

-- AddForeignKey
ALTER TABLE "posture_scans" ADD CONSTRAINT "posture_scans_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risk_acceptances" ADD CONSTRAINT "risk_acceptances_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logging_attestations" ADD CONSTRAINT "audit_logging_attestations_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- At most one scan queued or running per cluster: a second "Scan now" gets
-- the scan already under way (lib/readiness/request-posture-scan.ts).
CREATE UNIQUE INDEX "posture_scans_one_active_per_cluster" ON "posture_scans"("cluster_id") WHERE "state" IN ('QUEUED', 'RUNNING');
