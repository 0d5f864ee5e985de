-- CreateEnum
CREATE TYPE "AlertSourceKind" AS ENUM ('falco', 'alertmanager', 'generic');

-- CreateEnum
CREATE TYPE "AlertGroupState" AS ENUM ('new', 'acknowledged', 'attached', 'resolved', 'ignored');

-- CreateEnum
CREATE TYPE "AlertRouteDecision" AS ENUM ('open_incident', 'attach', 'inbox');

-- CreateTable
CREATE TABLE "alert_sources" (
    "id" UUID NOT NULL,
    "kind" "AlertSourceKind" NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "token_prefix" TEXT NOT NULL,
    "mapping" JSONB,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "sandbox" BOOLEAN NOT NULL DEFAULT false,
    "rotated_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "alert_sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_groups" (
    "id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "group_key" TEXT NOT NULL,
    "state" "AlertGroupState" NOT NULL DEFAULT 'new',
    "count" INTEGER NOT NULL DEFAULT 1,
    "first_seen_at" TIMESTAMP(3) NOT NULL,
    "last_seen_at" TIMESTAMP(3) NOT NULL,
    "priority" TEXT NOT NULL,
    "priority_rank" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "rule_name" TEXT,
    "cluster" TEXT,
    "namespace" TEXT,
    "pod" TEXT,
    "node" TEXT,
    "container" TEXT,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "incident_id" UUID,
    "routed_at" TIMESTAMP(3),
    "resolved_at" TIMESTAMP(3),
    "ignored_reason" TEXT,

    CONSTRAINT "alert_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_samples" (
    "id" BIGSERIAL NOT NULL,
    "group_id" UUID NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL,
    "payload" JSONB NOT NULL,
    "sha256" TEXT NOT NULL,
    "evidence_id" UUID,

    CONSTRAINT "alert_samples_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alert_routes" (
    "id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "match" JSONB NOT NULL DEFAULT '{}',
    "decision" "AlertRouteDecision" NOT NULL,
    "severity" TEXT,
    "category" TEXT,
    "title_template" TEXT,
    "lead_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "alert_routes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "alert_sources_name_key" ON "alert_sources"("name");

-- CreateIndex
CREATE INDEX "alert_groups_last_seen_at_id_idx" ON "alert_groups"("last_seen_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "alert_groups_state_last_seen_at_id_idx" ON "alert_groups"("state", "last_seen_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "alert_groups_source_id_last_seen_at_id_idx" ON "alert_groups"("source_id", "last_seen_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "alert_groups_incident_id_idx" ON "alert_groups"("incident_id");

-- CreateIndex
CREATE INDEX "alert_groups_source_id_group_key_idx" ON "alert_groups"("source_id", "group_key");

-- CreateIndex
CREATE INDEX "alert_samples_group_id_id_idx" ON "alert_samples"("group_id", "id");

-- CreateIndex
CREATE INDEX "alert_routes_position_idx" ON "alert_routes"("position");

-- AddForeignKey
ALTER TABLE "alert_groups" ADD CONSTRAINT "alert_groups_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "alert_sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_groups" ADD CONSTRAINT "alert_groups_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_samples" ADD CONSTRAINT "alert_samples_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "alert_groups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- While a group is open its fingerprint is unique per source: the ingest's
-- INSERT … ON CONFLICT (source_id, fingerprint) WHERE resolved_at IS NULL
-- counts a repeat atomically, however many arrive at once.
CREATE UNIQUE INDEX "alert_groups_open_fingerprint_key" ON "alert_groups"("source_id", "fingerprint") WHERE "resolved_at" IS NULL;

-- The inbox's text search (ILIKE on the title).
CREATE INDEX "alert_groups_title_trgm" ON "alert_groups" USING gin (title gin_trgm_ops);

-- The shipped routing rules: Falco's critical events open a SEV2 container
-- compromise; its warnings wait in the inbox for a person.
INSERT INTO "alert_routes" ("id", "position", "name", "match", "decision", "severity", "category", "title_template", "updated_at") VALUES
  ('6f1c2a52-8d0e-4b35-9a51-0c7e3f2d9a01', 10, 'Falco critical events open a SEV2 container compromise',
   '{"kinds":["falco"],"priorities":["emergency","alert","critical"]}', 'open_incident', 'SEV2', 'container_compromise',
   '{{rule}} in {{namespace}}/{{pod}}', CURRENT_TIMESTAMP),
  ('6f1c2a52-8d0e-4b35-9a51-0c7e3f2d9a02', 20, 'Falco warnings wait in the inbox',
   '{"kinds":["falco"],"priorities":["warning"]}', 'inbox', NULL, NULL, NULL, CURRENT_TIMESTAMP);
