import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { badRequest, type FieldErrors } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { ZEscalationPolicyInput, type TEscalationPolicyInput } from "../rules/escalation-policy";
import { summarizeTimeline } from "../rules/describe-timeline";
import { checkEscalationPolicy } from "./check-policy";

// Saves a severity's policy after checking it as a whole. Incidents already
// escalating keep the levels they started with.
export async function saveEscalationPolicy(actor: Actor, severityKey: string, input: TEscalationPolicyInput) {
  const policy = parseInput(ZEscalationPolicyInput, input, "Escalation policy");
  return transaction(async (tx) => {
    const check = await checkEscalationPolicy(tx, severityKey, policy);
    if (check.problems.length > 0) {
      const fields: FieldErrors = {};
      for (const problem of check.problems) (fields[problem.path.join(".") || "_"] ??= []).push(problem.message);
      throw badRequest(check.problems.map((problem) => problem.message).join("; "), fields);
    }
    const data = { channelIds: policy.channelIds, levels: policy.levels as unknown as Prisma.InputJsonArray, repeat: policy.repeat, updatedById: actor.id };
    await tx.escalationPolicy.upsert({ where: { severityKey }, create: { severityKey, ...data }, update: data, select: { severityKey: true } });
    const summary = summarizeTimeline(check.timeline);
    await appendAudit(tx, actor, { action: "escalation_policy.saved", targetType: "severity", targetId: severityKey, data: { ...policy, timeline: summary } });
    return { severityKey, ...policy, timeline: check.timeline, summary };
  });
}
