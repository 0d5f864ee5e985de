-- CreateTable
CREATE TABLE "cluster_cloud_providers" (
    "cluster_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "credentials_encrypted" TEXT NOT NULL,
    "updated_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cluster_cloud_providers_pkey" PRIMARY KEY ("cluster_id")
);

-- AddForeignKey
ALTER TABLE "cluster_cloud_providers" ADD CONSTRAINT "cluster_cloud_providers_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Only the providers Cordon has code for (not expressible in Prisma's schema).
ALTER TABLE "cluster_cloud_providers" ADD CONSTRAINT "cluster_cloud_providers_kind_check" CHECK ("kind" IN ('gce', 'aws'));
