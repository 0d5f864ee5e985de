import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { badRequest, conflict } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isIncidentCategory } from "@/lib/rules/incidents/categories";
import { validatePlaybook, type PlaybookProblem } from "@/lib/rules/playbooks/validate";
import { loadPlaybookContext } from "./playbook-context";

export function playbookProblems(problems: readonly PlaybookProblem[]) {
  const fields: Record<string, string[]> = {};
  for (const p of problems) (fields[p.path] ??= []).push(p.message);
  const count = problems.length;
  return badRequest(`The playbook has ${count} ${count === 1 ? "problem" : "problems"}; nothing was saved: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`, fields);
}

// Saving never edits a version: it adds the next one and makes it current.
// Running incidents keep the version they were given.
export async function savePlaybook(actor: Actor, category: string, input: unknown, options: { note?: string; expectedVersion?: number } = {}) {
  if (!isIncidentCategory(category)) throw badRequest(`Unknown incident category "${category}"`);
  return transaction(async (tx) => {
    const result = validatePlaybook(input, await loadPlaybookContext(tx));
    if (!result.ok) throw playbookProblems(result.problems);
    if (result.playbook.category !== category) throw playbookProblems([{ path: "category", message: `This is the playbook for ${category}; the document says ${result.playbook.category}` }]);
    await tx.$executeRaw`select 1 from playbooks where category = ${category} for update`;
    const current = await tx.playbook.findUnique({ where: { category }, select: { currentVersion: true } });
    if (options.expectedVersion !== undefined && current && current.currentVersion !== options.expectedVersion) {
      throw conflict(`Someone saved version ${current.currentVersion} of this playbook meanwhile. Reload to see it, then make your change again.`);
    }
    const version = (current?.currentVersion ?? 0) + 1;
    const body = JSON.parse(JSON.stringify(result.playbook)) as Prisma.InputJsonObject;
    await tx.playbook.upsert({ where: { category }, create: { category, currentVersion: version }, update: { currentVersion: version }, select: { category: true } });
    await tx.playbookVersion.create({ data: { category, version, body, note: options.note?.trim() ?? "", createdById: actor.id, createdBy: actor.label }, select: { id: true } });
    await appendAudit(tx, actor, { action: "playbook.save", targetType: "playbook", targetId: category, data: { version, note: options.note ?? "", steps: result.playbook.steps.length } });
    return { category, version, playbook: result.playbook };
  });
}
