-- CreateEnum
CREATE TYPE "PostMortemState" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "PostMortemSectionKind" AS ENUM ('MARKDOWN', 'CONTRIBUTING_FACTORS', 'SEVERITY_REVIEW');

-- CreateEnum
CREATE TYPE "ActionItemKind" AS ENUM ('PREVENT', 'DETECT', 'MITIGATE', 'PROCESS');

-- CreateEnum
CREATE TYPE "ActionItemPriority" AS ENUM ('P1', 'P2', 'P3', 'P4');

-- CreateEnum
CREATE TYPE "ActionItemState" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'WONT_DO');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('PENDING', 'APPROVED', 'CHANGES_REQUESTED');

-- CreateTable
CREATE TABLE "post_mortems" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "state" "PostMortemState" NOT NULL DEFAULT 'DRAFT',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "template_key" TEXT NOT NULL,
    "template_version" INTEGER NOT NULL,
    "required_approvals" INTEGER NOT NULL DEFAULT 0,
    "severity_proposal" JSONB,
    "severity_applied_at" TIMESTAMP(3),
    "severity_applied_by_id" UUID,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "post_mortems_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "post_mortem_sections" (
    "id" UUID NOT NULL,
    "post_mortem_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "prompt" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,
    "kind" "PostMortemSectionKind" NOT NULL DEFAULT 'MARKDOWN',
    "body" TEXT NOT NULL DEFAULT '',
    "data" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_mortem_sections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "post_mortem_event_selections" (
    "post_mortem_id" UUID NOT NULL,
    "event_id" BIGINT NOT NULL,
    "included" BOOLEAN NOT NULL,
    "commentary" TEXT NOT NULL DEFAULT '',
    "updated_by_id" UUID,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_mortem_event_selections_pkey" PRIMARY KEY ("post_mortem_id","event_id")
);

-- CreateTable
CREATE TABLE "post_mortem_action_items" (
    "id" UUID NOT NULL,
    "post_mortem_id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "owner_id" UUID NOT NULL,
    "due_at" TIMESTAMP(3) NOT NULL,
    "priority" "ActionItemPriority" NOT NULL DEFAULT 'P2',
    "kind" "ActionItemKind" NOT NULL,
    "state" "ActionItemState" NOT NULL DEFAULT 'OPEN',
    "state_reason" TEXT,
    "external_url" TEXT,
    "overdue_notified_at" TIMESTAMP(3),
    "done_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "post_mortem_action_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "post_mortem_reviewers" (
    "post_mortem_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "decision" "ReviewDecision" NOT NULL DEFAULT 'PENDING',
    "comment" TEXT NOT NULL DEFAULT '',
    "decided_at" TIMESTAMP(3),
    "revision" INTEGER,
    "added_by_id" UUID NOT NULL,
    "added_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_mortem_reviewers_pkey" PRIMARY KEY ("post_mortem_id","user_id")
);

-- CreateTable
CREATE TABLE "post_mortem_revisions" (
    "id" UUID NOT NULL,
    "post_mortem_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "sha256" TEXT NOT NULL,
    "published_by_id" UUID NOT NULL,
    "published_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_mortem_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "post_mortem_templates" (
    "severity_key" TEXT NOT NULL,
    "sections" JSONB NOT NULL,
    "required_approvals" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "post_mortem_templates_pkey" PRIMARY KEY ("severity_key")
);

-- CreateIndex
CREATE UNIQUE INDEX "post_mortems_incident_id_key" ON "post_mortems"("incident_id");

-- CreateIndex
CREATE INDEX "post_mortems_state_updated_at_idx" ON "post_mortems"("state", "updated_at");

-- CreateIndex
CREATE INDEX "post_mortem_sections_post_mortem_id_position_idx" ON "post_mortem_sections"("post_mortem_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "post_mortem_sections_post_mortem_id_key_key" ON "post_mortem_sections"("post_mortem_id", "key");

-- CreateIndex
CREATE INDEX "post_mortem_action_items_post_mortem_id_created_at_idx" ON "post_mortem_action_items"("post_mortem_id", "created_at");

-- CreateIndex
CREATE INDEX "post_mortem_action_items_incident_id_state_idx" ON "post_mortem_action_items"("incident_id", "state");

-- CreateIndex
CREATE INDEX "post_mortem_action_items_owner_id_state_due_at_idx" ON "post_mortem_action_items"("owner_id", "state", "due_at");

-- CreateIndex
CREATE INDEX "post_mortem_action_items_state_due_at_idx" ON "post_mortem_action_items"("state", "due_at");

-- CreateIndex
CREATE INDEX "post_mortem_reviewers_user_id_decision_idx" ON "post_mortem_reviewers"("user_id", "decision");

-- CreateIndex
CREATE UNIQUE INDEX "post_mortem_revisions_post_mortem_id_number_key" ON "post_mortem_revisions"("post_mortem_id", "number");

-- AddForeignKey
ALTER TABLE "post_mortems" ADD CONSTRAINT "post_mortems_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_mortem_sections" ADD CONSTRAINT "post_mortem_sections_post_mortem_id_fkey" FOREIGN KEY ("post_mortem_id") REFERENCES "post_mortems"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_mortem_event_selections" ADD CONSTRAINT "post_mortem_event_selections_post_mortem_id_fkey" FOREIGN KEY ("post_mortem_id") REFERENCES "post_mortems"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_mortem_action_items" ADD CONSTRAINT "post_mortem_action_items_post_mortem_id_fkey" FOREIGN KEY ("post_mortem_id") REFERENCES "post_mortems"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_mortem_reviewers" ADD CONSTRAINT "post_mortem_reviewers_post_mortem_id_fkey" FOREIGN KEY ("post_mortem_id") REFERENCES "post_mortems"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "post_mortem_revisions" ADD CONSTRAINT "post_mortem_revisions_post_mortem_id_fkey" FOREIGN KEY ("post_mortem_id") REFERENCES "post_mortems"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A published revision is frozen: refuse UPDATE and DELETE. Later edits are
-- published as a new revision.
CREATE FUNCTION refuse_post_mortem_revision_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'post_mortem_revisions are frozen once published' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER post_mortem_revisions_frozen
  BEFORE UPDATE OR DELETE ON "post_mortem_revisions"
  FOR EACH ROW EXECUTE FUNCTION refuse_post_mortem_revision_change();
