-- CreateTable
CREATE TABLE "inbox_reads" (
    "user_id" UUID NOT NULL,
    "item_key" TEXT NOT NULL,
    "read_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_reads_pkey" PRIMARY KEY ("user_id","item_key")
);

-- The inbox's "tasks assigned to me": open tasks by assignee (a partial
-- index, which Prisma's schema cannot express).
CREATE INDEX "incident_tasks_open_assignee_idx" ON "incident_tasks" ("assignee_id") WHERE "state" = 'OPEN';
