-- CreateTable
CREATE TABLE "inbox_reads" (
    "user_id" UUID NOT NULL,
    "item_key" TEXT NOT NULL,
    "read_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_reads_pkey" PRIMARY KEY ("user_id","item_key")
);
