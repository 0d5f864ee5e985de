import "server-only";
import type { Tx } from "@/lib/db";
import type { TriggerTimes } from "@/lib/rules/regulations/compute-due";
import type { Framework } from "@/lib/rules/regulations/types";
import { computeFrameworkObligations } from "./compute-framework-obligations";

export type DueChange = { framework: string; obligation: string; title: string; from: string | null; to: string | null };

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);

/**
 * Writes one framework's obligations for an incident: creates the missing
 * ones and recomputes the rest. Filing and extension records are kept; a
 * clock that moved starts its reminders afresh. Returns the due times that
 * changed, for the timeline.
 */
export async function storeObligations(tx: Tx, incidentId: string, framework: Framework, catalogVersion: number, triggers: TriggerTimes): Promise<DueChange[]> {
  const existing = await tx.incidentObligation.findMany({
    where: { incidentId, frameworkKey: framework.key },
    select: { id: true, obligationKey: true, dueAt: true, windowStart: true },
  });
  const byKey = new Map(existing.map((row) => [row.obligationKey, row]));
  const changes: DueChange[] = [];
  for (const computed of computeFrameworkObligations(framework, triggers)) {
    const fields = {
      title: computed.title,
      recipient: computed.recipient,
      timeZone: computed.timeZone,
      dueAt: computed.dueAt,
      windowStart: computed.windowStart,
      basis: computed.basis,
      catalogVersion,
    };
    const row = byKey.get(computed.obligationKey);
    const change = { framework: framework.key, obligation: computed.obligationKey, title: computed.title };
    if (!row) {
      await tx.incidentObligation.create({ data: { incidentId, frameworkKey: framework.key, obligationKey: computed.obligationKey, ...fields }, select: { id: true } });
      changes.push({ ...change, from: null, to: iso(computed.dueAt) });
      continue;
    }
    const moved = iso(row.dueAt) !== iso(computed.dueAt) || iso(row.windowStart) !== iso(computed.windowStart);
    await tx.incidentObligation.update({ where: { id: row.id }, data: { ...fields, ...(moved ? { remindersSent: [] } : {}) }, select: { id: true } });
    if (iso(row.dueAt) !== iso(computed.dueAt)) changes.push({ ...change, from: iso(row.dueAt), to: iso(computed.dueAt) });
  }
  return changes;
}
