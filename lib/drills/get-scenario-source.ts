import "server-only";
import { stringify } from "yaml";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { findBuiltInScenario } from "./list-scenarios";

export type ScenarioSource = {
  id: string;
  title: string;
  origin: "built-in" | "admin";
  format: "json" | "yaml";
  source: string;
  createdBy: string | null;
  createdAt: Date | null;
  updatedBy: string | null;
  updatedAt: Date | null;
};

// Every scenario's text for the settings screen: admins' as they wrote it,
// built-ins shown as YAML (read-only, a starting point to copy).
export async function listScenarioSources(): Promise<ScenarioSource[]> {
  const { BUILT_IN_SCENARIOS } = await import("@/lib/rules/drills/built-in-scenarios");
  const written = await db.drillScenarioDefinition.findMany({
    orderBy: { id: "asc" },
    select: { id: true, source: true, format: true, scenario: true, createdBy: true, createdAt: true, updatedBy: true, updatedAt: true },
  });
  return [
    ...BUILT_IN_SCENARIOS.map((input): ScenarioSource => ({ id: input.id, title: input.title, origin: "built-in", format: "yaml", source: stringify(input, { lineWidth: 0 }), createdBy: null, createdAt: null, updatedBy: null, updatedAt: null })),
    ...written.map((row): ScenarioSource => ({ ...row, title: (row.scenario as { title?: string }).title ?? row.id, origin: "admin", format: row.format === "json" ? "json" : "yaml" })),
  ];
}

export async function getScenarioTitle(id: string): Promise<{ id: string; title: string; origin: "built-in" | "admin" }> {
  const builtIn = findBuiltInScenario(id);
  if (builtIn) return { id, title: builtIn.title, origin: "built-in" };
  const row = await db.drillScenarioDefinition.findUnique({ where: { id }, select: { scenario: true } });
  if (!row) throw notFound("Drill scenario");
  return { id, title: (row.scenario as { title?: string }).title ?? id, origin: "admin" };
}
