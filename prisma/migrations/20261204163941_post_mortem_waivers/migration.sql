-- CreateTable
CREATE TABLE "post_mortem_waivers" (
    "incident_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "waived_by_id" UUID NOT NULL,
    "waived_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "post_mortem_waivers_pkey" PRIMARY KEY ("incident_id")
);
