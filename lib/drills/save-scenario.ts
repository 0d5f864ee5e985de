import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { badRequest, conflict, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ScenarioProblem } from "@/lib/rules/drills/scenario";
import { checkScenarioSource } from "@/lib/rules/drills/scenario-source";
import { parseInput } from "@/lib/validation";
import { isBuiltInScenarioId } from "./list-scenarios";
import { ZSaveScenarioInput } from "./scenario-schemas";

export function scenarioProblems(problems: readonly ScenarioProblem[]) {
  const fields: Record<string, string[]> = {};
  for (const p of problems) (fields[p.path] ??= []).push(p.message);
  const count = problems.length;
  return badRequest(`The scenario has ${count} ${count === 1 ? "problem" : "problems"}; nothing was saved: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`, fields);
}

/** Checks a scenario's text without saving it (the editor's "Check"). */
export function checkScenarioInput(input: unknown) {
  const data = parseInput(ZSaveScenarioInput, input, "Body");
  const checked = checkScenarioSource(data.source, data.format);
  if (!checked.ok) throw scenarioProblems(checked.problems);
  return { scenario: checked.scenario };
}

// Writes an admin's scenario: checked in full first, so a refusal writes
// nothing; the source is kept as written next to the parsed scenario.
// `id` absent: a new scenario (its id taken from the source); present: an
// edit of that scenario, whose id cannot change. Drills already started
// keep the snapshot they took.
export async function saveScenario(actor: Actor, input: unknown, id?: string) {
  const data = parseInput(ZSaveScenarioInput, input, "Body");
  const checked = checkScenarioSource(data.source, data.format);
  if (!checked.ok) throw scenarioProblems(checked.problems);
  const { scenario } = checked;
  if (isBuiltInScenarioId(scenario.id)) throw scenarioProblems([{ path: "id", message: `"${scenario.id}" is a built-in scenario; give yours another id` }]);
  if (id !== undefined && scenario.id !== id) throw scenarioProblems([{ path: "id", message: `This is scenario "${id}"; the id cannot change (the text says "${scenario.id}")` }]);
  const parsed = JSON.parse(JSON.stringify(scenario)) as Prisma.InputJsonObject;

  return transaction(async (tx) => {
    if (id === undefined) {
      const taken = await tx.drillScenarioDefinition.findUnique({ where: { id: scenario.id }, select: { id: true } });
      if (taken) throw conflict(`A scenario "${scenario.id}" already exists; edit it, or give this one another id.`);
      await tx.drillScenarioDefinition.create({
        data: { id: scenario.id, source: data.source, format: data.format, scenario: parsed, createdById: actor.id, createdBy: actor.label, updatedById: actor.id, updatedBy: actor.label },
        select: { id: true },
      });
    } else {
      const updated = await tx.drillScenarioDefinition.updateMany({
        where: { id },
        data: { source: data.source, format: data.format, scenario: parsed, updatedById: actor.id, updatedBy: actor.label, updatedAt: new Date() },
      });
      if (updated.count === 0) throw notFound("Drill scenario");
    }
    await appendAudit(tx, actor, {
      action: id === undefined ? "drill_scenario.create" : "drill_scenario.update",
      targetType: "drill_scenario",
      targetId: scenario.id,
      data: { format: data.format, injects: scenario.injects.length, title: scenario.title },
    });
    return { scenario: { ...scenario, origin: "admin" as const } };
  });
}
