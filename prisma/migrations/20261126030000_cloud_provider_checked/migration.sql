-- AlterTable: when a cluster's cloud credentials last passed a live check,
-- and as whom (service account email or caller ARN). Null for providers
-- stored before the check existed.
ALTER TABLE "cluster_cloud_providers" ADD COLUMN "checked_at" TIMESTAMP(3),
ADD COLUMN "checked_as" TEXT;
