-- AlterTable
ALTER TABLE "incidents" ADD COLUMN     "business_impact" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "status_updates" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "audience" TEXT NOT NULL,
    "phase" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "author_id" UUID,
    "author_label" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_updates_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "status_updates_incident_id_audience_created_at_idx" ON "status_updates"("incident_id", "audience", "created_at");

-- AddForeignKey
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
