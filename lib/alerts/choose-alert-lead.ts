import "server-only";
import type { Tx } from "@/lib/db";
import { effectivePolicy } from "@/lib/notify/escalation/policy-store";

const CAN_LEAD = ["LEAD", "ADMIN"] as const;

// Who leads an incident an alert opens: the rule's chosen person; else the
// first person the severity's escalation policy pages; else the longest-
// serving active lead (then admin), so an alert at 3 a.m. is never ownerless.
export async function chooseAlertLead(tx: Tx, severityKey: string, preferredId: string | null): Promise<{ id: string } | null> {
  const active = (id: string) => tx.user.findFirst({ where: { id, deactivatedAt: null, role: { in: [...CAN_LEAD] } }, select: { id: true } });
  if (preferredId) {
    const preferred = await active(preferredId);
    if (preferred) return preferred;
  }
  const policy = await effectivePolicy(tx, severityKey);
  for (const target of policy.levels[0]?.targets ?? []) {
    if (target.type !== "user") continue;
    const paged = await active(target.userId);
    if (paged) return paged;
  }
  for (const role of CAN_LEAD) {
    const senior = await tx.user.findFirst({ where: { role, deactivatedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true } });
    if (senior) return senior;
  }
  return null;
}
