import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { loadEscalationPolicies } from "./policy-store";

// Removes a severity's policy: its incidents then notify nobody by default.
export async function deleteEscalationPolicy(actor: Actor, severityKey: string) {
  return transaction(async (tx) => {
    const policies = await loadEscalationPolicies(tx);
    const dependants = [...policies.entries()].filter(([key, policy]) => key !== severityKey && policy.levels.some((level) => level.targets.some((t) => t.type === "policy" && t.severityKey === severityKey)));
    if (dependants.length > 0) throw conflict(`${dependants.map(([key]) => key).join(", ")} hand over to ${severityKey}'s policy: change them first`);
    const removed = await tx.escalationPolicy.deleteMany({ where: { severityKey } });
    if (removed.count > 0) await appendAudit(tx, actor, { action: "escalation_policy.deleted", targetType: "severity", targetId: severityKey });
    return { severityKey, deleted: removed.count > 0 };
  });
}
