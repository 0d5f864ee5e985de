-- CreateEnum
CREATE TYPE "UserSource" AS ENUM ('LOCAL', 'SSO');

-- CreateEnum
CREATE TYPE "RoleManagedBy" AS ENUM ('MAPPING', 'MANUAL');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "break_glass" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "last_sign_in_at" TIMESTAMP(3),
ADD COLUMN     "role_managed_by" "RoleManagedBy" NOT NULL DEFAULT 'MANUAL',
ADD COLUMN     "source" "UserSource" NOT NULL DEFAULT 'LOCAL',
ADD COLUMN     "sso_subject" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "users_sso_subject_key" ON "users"("sso_subject");
