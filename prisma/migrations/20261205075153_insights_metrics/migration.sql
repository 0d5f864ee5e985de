-- CreateTable
CREATE TABLE "incident_metrics" (
    "incident_id" UUID NOT NULL,
    "declared_at" TIMESTAMP(3) NOT NULL,
    "severity_key" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "drill" BOOLEAN NOT NULL,
    "restricted" BOOLEAN NOT NULL,
    "acknowledge_seconds" INTEGER,
    "contain_seconds" INTEGER,
    "resolve_seconds" INTEGER,
    "acknowledge_breached" BOOLEAN NOT NULL,
    "update_breaches" INTEGER NOT NULL,
    "obligations_on_time" INTEGER NOT NULL,
    "obligations_late" INTEGER NOT NULL,
    "action_items_open" INTEGER NOT NULL,
    "action_items_overdue" INTEGER NOT NULL,
    "evidence_count" INTEGER NOT NULL,
    "cluster_actions" JSONB NOT NULL DEFAULT '{}',
    "refreshed_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "incident_metrics_pkey" PRIMARY KEY ("incident_id")
);

-- CreateTable
CREATE TABLE "incident_metrics_dirty" (
    "incident_id" UUID NOT NULL,
    "marked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_metrics_dirty_pkey" PRIMARY KEY ("incident_id")
);

-- CreateTable
CREATE TABLE "insight_days" (
    "day" DATE NOT NULL,
    "severity_key" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "drill" BOOLEAN NOT NULL,
    "restricted" BOOLEAN NOT NULL,
    "incidents" INTEGER NOT NULL,
    "acknowledge_seconds" INTEGER[],
    "contain_seconds" INTEGER[],
    "resolve_seconds" INTEGER[],
    "acknowledge_breaches" INTEGER NOT NULL,
    "update_breaches" INTEGER NOT NULL,
    "obligations_on_time" INTEGER NOT NULL,
    "obligations_late" INTEGER NOT NULL,
    "action_items_open" INTEGER NOT NULL,
    "action_items_overdue" INTEGER NOT NULL,
    "evidence_count" INTEGER NOT NULL,
    "cluster_actions" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "insight_days_pkey" PRIMARY KEY ("drill","day","severity_key","category","restricted")
);

-- CreateIndex
CREATE INDEX "incident_metrics_drill_declared_at_idx" ON "incident_metrics"("drill", "declared_at");

-- CreateIndex
CREATE INDEX "incident_metrics_restricted_drill_declared_at_idx" ON "incident_metrics"("restricted", "drill", "declared_at");

-- AddForeignKey
ALTER TABLE "incident_metrics" ADD CONSTRAINT "incident_metrics_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand: every change that can move an incident's figures marks
-- the incident dirty in the same transaction, so the metrics rows cannot
-- silently fall behind whichever code path made the change. The clock time
-- (not the transaction's start) orders marks against a refresh running
-- meanwhile: a refresh deletes only marks no newer than those it read.
CREATE FUNCTION mark_incident_metrics_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
BEGIN
  IF TG_TABLE_NAME = 'incidents' THEN
    target := NEW.id;
  ELSE
    target := NEW.incident_id;
  END IF;
  INSERT INTO incident_metrics_dirty (incident_id, marked_at)
  VALUES (target, clock_timestamp() AT TIME ZONE 'UTC')
  ON CONFLICT (incident_id) DO UPDATE SET marked_at = excluded.marked_at;
  RETURN NULL;
END;
$$;

CREATE TRIGGER incidents_mark_metrics_dirty AFTER INSERT OR UPDATE ON incidents FOR EACH ROW EXECUTE FUNCTION mark_incident_metrics_dirty();
CREATE TRIGGER status_updates_mark_metrics_dirty AFTER INSERT OR UPDATE ON status_updates FOR EACH ROW EXECUTE FUNCTION mark_incident_metrics_dirty();
CREATE TRIGGER incident_obligations_mark_metrics_dirty AFTER INSERT OR UPDATE ON incident_obligations FOR EACH ROW EXECUTE FUNCTION mark_incident_metrics_dirty();
CREATE TRIGGER action_items_mark_metrics_dirty AFTER INSERT OR UPDATE ON post_mortem_action_items FOR EACH ROW EXECUTE FUNCTION mark_incident_metrics_dirty();
CREATE TRIGGER evidence_mark_metrics_dirty AFTER INSERT OR UPDATE ON evidence FOR EACH ROW EXECUTE FUNCTION mark_incident_metrics_dirty();
CREATE TRIGGER cluster_actions_mark_metrics_dirty AFTER INSERT OR UPDATE ON cluster_actions FOR EACH ROW EXECUTE FUNCTION mark_incident_metrics_dirty();

-- Every incident that exists before this migration gets its row on the
-- first refresh.
INSERT INTO incident_metrics_dirty (incident_id, marked_at) SELECT id, clock_timestamp() AT TIME ZONE 'UTC' FROM incidents;
