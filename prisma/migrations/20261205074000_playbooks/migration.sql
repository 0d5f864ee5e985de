-- AlterTable
ALTER TABLE "incidents" ADD COLUMN     "playbook_version_id" UUID;

-- CreateTable
CREATE TABLE "playbooks" (
    "category" TEXT NOT NULL,
    "current_version" INTEGER NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "playbooks_pkey" PRIMARY KEY ("category")
);

-- CreateTable
CREATE TABLE "playbook_versions" (
    "id" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "body" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_by_id" UUID,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "playbook_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "playbook_versions_category_version_key" ON "playbook_versions"("category", "version");

-- AddForeignKey
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_playbook_version_id_fkey" FOREIGN KEY ("playbook_version_id") REFERENCES "playbook_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "playbook_versions" ADD CONSTRAINT "playbook_versions_category_fkey" FOREIGN KEY ("category") REFERENCES "playbooks"("category") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Versions are a record: refuse edits and deletes at the database too.
CREATE FUNCTION playbook_versions_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'playbook versions are immutable; save a new version instead';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER playbook_versions_no_change BEFORE UPDATE OR DELETE ON "playbook_versions"
  FOR EACH ROW EXECUTE FUNCTION playbook_versions_immutable();
