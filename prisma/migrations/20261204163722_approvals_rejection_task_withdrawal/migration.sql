-- AlterEnum
ALTER TYPE "ClusterActionStatus" ADD VALUE 'REJECTED';

-- AlterEnum
ALTER TYPE "TaskState" ADD VALUE 'WITHDRAWN';

-- AlterTable
ALTER TABLE "cluster_actions" ADD COLUMN     "reason" TEXT,
ADD COLUMN     "reject_reason" TEXT,
ADD COLUMN     "rejected_at" TIMESTAMP(3),
ADD COLUMN     "rejected_by" TEXT,
ADD COLUMN     "rejected_by_id" UUID;
