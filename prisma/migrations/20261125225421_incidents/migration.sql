-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('TRIAGE', 'INVESTIGATING', 'CONTAINED', 'ERADICATED', 'RECOVERED', 'POST_INCIDENT', 'CLOSED');

-- CreateEnum
CREATE TYPE "IncidentRoleKind" AS ENUM ('LEAD', 'DEPUTY', 'COMMS', 'SCRIBE', 'FORENSICS', 'LEGAL');

-- CreateEnum
CREATE TYPE "TaskState" AS ENUM ('OPEN', 'DONE', 'WAIVED');

-- CreateTable
CREATE TABLE "severities" (
    "key" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "policy" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "severities_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "incidents" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "severity_key" TEXT NOT NULL,
    "severity_rank" INTEGER NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'TRIAGE',
    "category" TEXT NOT NULL,
    "affected" TEXT NOT NULL DEFAULT '',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "restricted" BOOLEAN NOT NULL DEFAULT false,
    "drill" BOOLEAN NOT NULL DEFAULT false,
    "detected_at" TIMESTAMP(3) NOT NULL,
    "declared_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledged_at" TIMESTAMP(3),
    "contained_at" TIMESTAMP(3),
    "resolved_at" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),
    "last_update_at" TIMESTAMP(3),
    "lead_id" UUID,
    "declared_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "incidents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_roles" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "kind" "IncidentRoleKind" NOT NULL,
    "user_id" UUID NOT NULL,
    "assigned_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assigned_by_id" UUID,
    "acknowledged_at" TIMESTAMP(3),
    "released_at" TIMESTAMP(3),

    CONSTRAINT "incident_roles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_participants" (
    "incident_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "added_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_participants_pkey" PRIMARY KEY ("incident_id","user_id")
);

-- CreateTable
CREATE TABLE "incident_tasks" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "template_key" TEXT,
    "owner_role" "IncidentRoleKind",
    "assignee_id" UUID,
    "due_at" TIMESTAMP(3),
    "state" "TaskState" NOT NULL DEFAULT 'OPEN',
    "waived_reason" TEXT,
    "evidence_preservation" BOOLEAN NOT NULL DEFAULT false,
    "finished_at" TIMESTAMP(3),
    "finished_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "timeline_events" (
    "id" BIGSERIAL NOT NULL,
    "incident_id" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_label" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "body" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "is_key" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "timeline_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "severities_rank_key" ON "severities"("rank");

-- CreateIndex
CREATE UNIQUE INDEX "incidents_number_key" ON "incidents"("number");

-- CreateIndex
CREATE INDEX "incidents_status_severity_rank_declared_at_number_idx" ON "incidents"("status", "severity_rank", "declared_at", "number");

-- CreateIndex
CREATE INDEX "incidents_lead_id_idx" ON "incidents"("lead_id");

-- CreateIndex
CREATE INDEX "incident_roles_incident_id_released_at_idx" ON "incident_roles"("incident_id", "released_at");

-- CreateIndex
CREATE INDEX "incident_roles_user_id_released_at_idx" ON "incident_roles"("user_id", "released_at");

-- CreateIndex
CREATE INDEX "incident_participants_user_id_idx" ON "incident_participants"("user_id");

-- CreateIndex
CREATE INDEX "incident_tasks_incident_id_position_idx" ON "incident_tasks"("incident_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "incident_tasks_incident_id_template_key_key" ON "incident_tasks"("incident_id", "template_key");

-- CreateIndex
CREATE INDEX "timeline_events_incident_id_id_idx" ON "timeline_events"("incident_id", "id");

-- CreateIndex
CREATE INDEX "timeline_events_incident_id_type_id_idx" ON "timeline_events"("incident_id", "type", "id");

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_severity_key_fkey" FOREIGN KEY ("severity_key") REFERENCES "severities"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_roles" ADD CONSTRAINT "incident_roles_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_roles" ADD CONSTRAINT "incident_roles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_participants" ADD CONSTRAINT "incident_participants_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_tasks" ADD CONSTRAINT "incident_tasks_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Incident numbers read INC-1000 onwards.
ALTER SEQUENCE "incidents_number_seq" RESTART WITH 1000;

-- Exactly one lead at a time: at most one unreleased LEAD row per incident.
CREATE UNIQUE INDEX "incident_roles_one_active_lead" ON "incident_roles"("incident_id") WHERE "kind" = 'LEAD' AND "released_at" IS NULL;

-- Text search on the triage board: any substring of title or summary,
-- case-insensitive (ILIKE), served by trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "incidents_title_trgm" ON "incidents" USING gin (title gin_trgm_ops);
CREATE INDEX "incidents_summary_trgm" ON "incidents" USING gin (summary gin_trgm_ops);
