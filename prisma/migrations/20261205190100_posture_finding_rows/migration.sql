-- CreateTable
CREATE TABLE "posture_findings" (
    "id" BIGSERIAL NOT NULL,
    "scan_id" UUID NOT NULL,
    "check_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "object_kind" TEXT NOT NULL,
    "object_namespace" TEXT,
    "object_name" TEXT NOT NULL,
    "object_key" TEXT NOT NULL,
    "detail" TEXT NOT NULL,

    CONSTRAINT "posture_findings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "posture_findings_scan_id_check_id_object_key_idx" ON "posture_findings"("scan_id", "check_id", "object_key");

-- CreateIndex
CREATE INDEX "risk_acceptances_cluster_id_check_id_object_key_idx" ON "risk_acceptances"("cluster_id", "check_id", "object_key");

-- AddForeignKey
ALTER TABLE "posture_findings" ADD CONSTRAINT "posture_findings_scan_id_fkey" FOREIGN KEY ("scan_id") REFERENCES "posture_scans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Earlier scans' findings move from the JSON column to rows, keyed as
-- lib/rules/readiness/apply-acceptances.ts keys them.
INSERT INTO "posture_findings" ("scan_id", "check_id", "status", "object_kind", "object_namespace", "object_name", "object_key", "detail")
SELECT s."id",
       f->>'checkId',
       f->>'status',
       f->'object'->>'kind',
       NULLIF(f->'object'->>'namespace', ''),
       f->'object'->>'name',
       CASE WHEN COALESCE(f->'object'->>'namespace', '') = ''
            THEN (f->'object'->>'kind') || '/' || (f->'object'->>'name')
            ELSE (f->'object'->>'kind') || '/' || (f->'object'->>'namespace') || '/' || (f->'object'->>'name') END,
       COALESCE(f->>'detail', '')
FROM "posture_scans" s, jsonb_array_elements(s."findings") AS f
WHERE jsonb_typeof(s."findings") = 'array'
  AND f->>'checkId' IS NOT NULL AND f->'object'->>'kind' IS NOT NULL AND f->'object'->>'name' IS NOT NULL;

-- AlterTable
ALTER TABLE "posture_scans" DROP COLUMN "findings";
