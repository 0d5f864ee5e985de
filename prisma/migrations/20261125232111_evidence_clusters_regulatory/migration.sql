-- CreateEnum
CREATE TYPE "ClusterActionStatus" AS ENUM ('QUEUED', 'AWAITING_APPROVAL', 'RUNNING', 'PREVIEWED', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('POD_LOGS', 'NODE_LOGS', 'EVENTS', 'OBJECT_MANIFEST', 'CONTAINER_CHECKPOINT', 'VOLUME_SNAPSHOT', 'NODE_DISK_SNAPSHOT', 'PACKET_CAPTURE', 'MEMORY_IMAGE', 'FILE', 'OTHER');

-- CreateTable
CREATE TABLE "clusters" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "credential_kind" TEXT NOT NULL,
    "kubeconfig_encrypted" TEXT,
    "server_url" TEXT,
    "server_version" TEXT,
    "last_check" JSONB,
    "last_checked_at" TIMESTAMP(3),
    "is_sandbox" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "clusters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cluster_actions" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "cluster_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "target" JSONB NOT NULL,
    "options" JSONB NOT NULL DEFAULT '{}',
    "dry_run" BOOLEAN NOT NULL,
    "status" "ClusterActionStatus" NOT NULL DEFAULT 'QUEUED',
    "plan" JSONB,
    "error" TEXT,
    "requested_by_id" UUID NOT NULL,
    "requested_by" TEXT NOT NULL,
    "approved_by_id" UUID,
    "approved_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "cluster_actions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cluster_action_steps" (
    "id" BIGSERIAL NOT NULL,
    "action_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "content_type" TEXT,
    "request_body" JSONB,
    "http_status" INTEGER,
    "outcome" TEXT NOT NULL,
    "failure" JSONB,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "started_at" TIMESTAMP(3) NOT NULL,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "cluster_action_steps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "source_cluster" TEXT,
    "source_node" TEXT,
    "source_namespace" TEXT,
    "source_pod" TEXT,
    "source_container" TEXT,
    "acquisition_method" TEXT NOT NULL,
    "file_name" TEXT,
    "media_type" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" BIGINT NOT NULL,
    "storage_backend" TEXT,
    "location" TEXT,
    "reference" JSONB,
    "collected_by_id" UUID,
    "collected_by" TEXT NOT NULL,
    "collected_at" TIMESTAMP(3) NOT NULL,
    "legal_hold" BOOLEAN NOT NULL DEFAULT false,
    "verification_status" TEXT NOT NULL DEFAULT 'unverified',
    "last_verified_at" TIMESTAMP(3),
    "deletion_requested_by_id" UUID,
    "deletion_requested_at" TIMESTAMP(3),
    "deletion_reason" TEXT,
    "deleted_at" TIMESTAMP(3),
    "deleted_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "custody_events" (
    "id" BIGSERIAL NOT NULL,
    "evidence_id" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT,
    "address" TEXT,
    "user_agent" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "custody_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regulatory_frameworks" (
    "key" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "is_default" BOOLEAN NOT NULL DEFAULT true,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "regulatory_frameworks_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "incident_triggers" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "trigger" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "recorded_by_id" UUID NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,
    "superseded_at" TIMESTAMP(3),

    CONSTRAINT "incident_triggers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_frameworks" (
    "incident_id" UUID NOT NULL,
    "framework_key" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMP(3),
    "catalog_version" INTEGER NOT NULL,

    CONSTRAINT "incident_frameworks_pkey" PRIMARY KEY ("incident_id","framework_key")
);

-- CreateTable
CREATE TABLE "incident_obligations" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "framework_key" TEXT NOT NULL,
    "obligation_key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL,
    "window_start" TIMESTAMP(3),
    "due_at" TIMESTAMP(3),
    "basis" TEXT NOT NULL,
    "catalog_version" INTEGER NOT NULL,
    "submitted_at" TIMESTAMP(3),
    "submitted_by_id" UUID,
    "submission_reference" TEXT,
    "not_applicable_at" TIMESTAMP(3),
    "not_applicable_by_id" UUID,
    "not_applicable_reason" TEXT,
    "extended_due_at" TIMESTAMP(3),
    "extension_granted_by" TEXT,
    "extension_reason" TEXT,
    "reminders_sent" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "incident_obligations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "clusters_name_key" ON "clusters"("name");

-- CreateIndex
CREATE INDEX "cluster_actions_incident_id_created_at_idx" ON "cluster_actions"("incident_id", "created_at");

-- CreateIndex
CREATE INDEX "cluster_actions_status_idx" ON "cluster_actions"("status");

-- CreateIndex
CREATE UNIQUE INDEX "cluster_action_steps_action_id_key_key" ON "cluster_action_steps"("action_id", "key");

-- CreateIndex
CREATE INDEX "evidence_incident_id_collected_at_idx" ON "evidence"("incident_id", "collected_at");

-- CreateIndex
CREATE INDEX "evidence_sha256_idx" ON "evidence"("sha256");

-- CreateIndex
CREATE INDEX "custody_events_evidence_id_id_idx" ON "custody_events"("evidence_id", "id");

-- CreateIndex
CREATE INDEX "incident_triggers_incident_id_trigger_idx" ON "incident_triggers"("incident_id", "trigger");

-- CreateIndex
CREATE INDEX "incident_obligations_due_at_idx" ON "incident_obligations"("due_at");

-- CreateIndex
CREATE UNIQUE INDEX "incident_obligations_incident_id_framework_key_obligation_k_key" ON "incident_obligations"("incident_id", "framework_key", "obligation_key");

-- AddForeignKey
ALTER TABLE "cluster_actions" ADD CONSTRAINT "cluster_actions_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_actions" ADD CONSTRAINT "cluster_actions_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cluster_action_steps" ADD CONSTRAINT "cluster_action_steps_action_id_fkey" FOREIGN KEY ("action_id") REFERENCES "cluster_actions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "custody_events" ADD CONSTRAINT "custody_events_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_triggers" ADD CONSTRAINT "incident_triggers_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_frameworks" ADD CONSTRAINT "incident_frameworks_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_obligations" ADD CONSTRAINT "incident_obligations_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
