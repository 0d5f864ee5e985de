-- AlterTable
ALTER TABLE "incidents" ADD COLUMN     "public_title" TEXT,
ADD COLUMN     "published_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "status_components" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "manual_state" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "status_components_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "component_impacts" (
    "component_id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "state" TEXT NOT NULL,

    CONSTRAINT "component_impacts_pkey" PRIMARY KEY ("component_id","incident_id")
);

-- CreateTable
CREATE TABLE "component_state_changes" (
    "id" BIGSERIAL NOT NULL,
    "component_id" UUID NOT NULL,
    "state" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "component_state_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "maintenance_windows" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "component_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "starts_at" TIMESTAMP(3) NOT NULL,
    "ends_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "maintenance_windows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_subscribers" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "confirm_token_hash" TEXT,
    "confirmed_at" TIMESTAMP(3),
    "unsubscribe_token_hash" TEXT NOT NULL,
    "unsubscribed_at" TIMESTAMP(3),
    "request_address" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_subscribers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "status_components_name_key" ON "status_components"("name");

-- CreateIndex
CREATE INDEX "component_state_changes_component_id_at_idx" ON "component_state_changes"("component_id", "at");

-- CreateIndex
CREATE INDEX "maintenance_windows_ends_at_idx" ON "maintenance_windows"("ends_at");

-- CreateIndex
CREATE UNIQUE INDEX "status_subscribers_confirm_token_hash_key" ON "status_subscribers"("confirm_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "status_subscribers_unsubscribe_token_hash_key" ON "status_subscribers"("unsubscribe_token_hash");

-- CreateIndex
CREATE INDEX "status_subscribers_request_address_created_at_idx" ON "status_subscribers"("request_address", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "status_subscribers_kind_target_key" ON "status_subscribers"("kind", "target");

-- AddForeignKey
ALTER TABLE "component_impacts" ADD CONSTRAINT "component_impacts_component_id_fkey" FOREIGN KEY ("component_id") REFERENCES "status_components"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "component_impacts" ADD CONSTRAINT "component_impacts_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "component_state_changes" ADD CONSTRAINT "component_state_changes_component_id_fkey" FOREIGN KEY ("component_id") REFERENCES "status_components"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
