import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction, type Tx } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { assertOpen } from "@/lib/incidents/assert-open";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { TRIGGERS, type TriggerKey } from "@/lib/rules/regulations/triggers";
import { parseInput } from "@/lib/validation";
import { recomputeAcceptedObligations } from "./recompute-obligations";
import { ZRecordTriggerInput, type TRecordTriggerInput } from "./schemas";
import { isTooFarInFuture } from "./zoned-instant";

type Recorder = Pick<SessionUser, "id" | "name">;

/**
 * Inside an open transaction on a locked incident: records (or corrects)
 * one trigger and recomputes the clocks it starts. Also used when a filing
 * itself starts the next clock (NIS2 notification → final report).
 */
export async function writeTrigger(tx: Tx, actor: Actor, recorder: Recorder, incidentId: string, input: { trigger: TriggerKey; at: Date; reason?: string }, now: Date) {
  const current = await tx.incidentTrigger.findFirst({
    where: { incidentId, trigger: input.trigger, supersededAt: null },
    select: { id: true, at: true },
  });
  const reason = input.reason?.trim() || undefined;
  if (current && !reason) {
    throw badRequest(`"${TRIGGERS[input.trigger].label}" is already recorded; say why it is being corrected`, { reason: ["Give a reason for the correction"] });
  }
  if (current) await tx.incidentTrigger.update({ where: { id: current.id }, data: { supersededAt: now }, select: { id: true } });
  const row = await tx.incidentTrigger.create({
    data: { incidentId, trigger: input.trigger, at: input.at, recordedById: recorder.id, recordedBy: recorder.name, recordedAt: now, reason },
    select: { id: true, trigger: true, at: true, recordedBy: true, recordedAt: true, reason: true },
  });
  const dueChanges = await recomputeAcceptedObligations(tx, incidentId);
  await recordIncidentChange(tx, actor, incidentId, {
    type: current ? "trigger_corrected" : "trigger_recorded",
    isKey: true,
    data: {
      trigger: input.trigger,
      label: TRIGGERS[input.trigger].label,
      at: input.at.toISOString(),
      ...(current ? { previous: current.at.toISOString() } : {}),
      ...(reason ? { reason } : {}),
      dueChanges,
    },
  });
  return { trigger: row, dueChanges };
}

// A moment that starts legal clocks, recorded with who and when (UTC).
export async function recordTrigger(user: SessionUser, actor: Actor, incidentId: string, input: TRecordTriggerInput) {
  const data = parseInput(ZRecordTriggerInput, input);
  const now = new Date();
  if (isTooFarInFuture(data.at, now)) {
    throw badRequest(`${TRIGGERS[data.trigger].label} cannot be in the future (${data.at.toISOString()} is after now, ${now.toISOString()})`, { at: ["In the future"] });
  }
  return transaction(async (tx) => {
    assertOpen(await lockIncident(tx, user, incidentId), "recording the moments that start legal clocks");
    return writeTrigger(tx, actor, user, incidentId, data, now);
  });
}
