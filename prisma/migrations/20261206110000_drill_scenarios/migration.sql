-- Admin-written drill scenarios.
CREATE TABLE "drill_scenarios" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "scenario" JSONB NOT NULL,
    "created_by_id" UUID,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" UUID,
    "updated_by" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "drill_scenarios_pkey" PRIMARY KEY ("id")
);

-- Written by hand: only the two formats the editor offers.
ALTER TABLE "drill_scenarios" ADD CONSTRAINT "drill_scenarios_format_check" CHECK ("format" IN ('json', 'yaml'));

-- The scenario a drill plays, frozen when it starts. Drills started before
-- this column existed play the built-in scenario by id (null here).
ALTER TABLE "drills" ADD COLUMN "scenario_snapshot" JSONB;
