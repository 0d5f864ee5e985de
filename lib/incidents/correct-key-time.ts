import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { checkKeyTimeCorrection, describeKeyTimeConflicts, KEY_TIME_NAMES } from "@/lib/rules/incidents/key-time-order";
import { parseInput } from "@/lib/validation";
import { assertOpen } from "./assert-open";
import { bumpVersion, lockIncident } from "./lock-incident";
import { recordIncidentChange } from "./record-change";
import { ZCorrectKeyTimeInput, type TCorrectKeyTimeInput } from "./schemas";

// Key times (detected, declared, acknowledged, …) may be corrected, e.g.
// when the logs show the attack began earlier; the old value and the reason
// stay on the record. The times must stay in their natural order
// (lib/rules/incidents/key-time-order.ts); a correction that breaks it is
// refused with the times in conflict named, and nothing changes.
export async function correctKeyTime(user: SessionUser, actor: Actor, incidentId: string, input: TCorrectKeyTimeInput) {
  const { field, at, reason } = parseInput(ZCorrectKeyTimeInput, input);
  if (at.getTime() > Date.now() + 5 * 60_000) throw badRequest("A key time cannot be in the future", { at: ["In the future"] });
  return transaction(async (tx) => {
    assertOpen(await lockIncident(tx, user, incidentId), "correcting its key times");
    const current = await tx.incident.findUniqueOrThrow({
      where: { id: incidentId },
      select: { detectedAt: true, declaredAt: true, acknowledgedAt: true, containedAt: true, resolvedAt: true, closedAt: true },
    });
    const conflicts = checkKeyTimeCorrection(current, field, at);
    if (conflicts.length > 0) {
      const message = describeKeyTimeConflicts(conflicts);
      const others = new Set(conflicts.flatMap((c) => [c.earlier, c.later]).filter((other) => other !== field));
      throw badRequest(message, { at: [message], ...Object.fromEntries([...others].map((other) => [other, [`In conflict with the corrected ${KEY_TIME_NAMES[field]} time`]])) });
    }
    await bumpVersion(tx, incidentId, { [field]: at });
    await recordIncidentChange(tx, actor, incidentId, {
      type: "key_time_corrected",
      data: { field, from: current[field]?.toISOString() ?? null, to: at.toISOString(), reason },
    });
    return { field, at };
  });
}
