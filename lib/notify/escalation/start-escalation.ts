import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueInTransaction } from "@/lib/jobs/enqueue";
import { escalateQueue } from "../job-names";
import type { ResolvedLevel } from "../rules/escalation-policy";
import { notifyEscalationLevel } from "./notify-level";
import { stopEscalations } from "./stop-escalations";

export type StartEscalationInput = {
  incidentId: string;
  subject: { type: "incident" | "role" | "task"; id: string };
  severityKey: string;
  levels: ResolvedLevel[];
  repeat: number;
  // Role requests and tasks: the person asked was told by the event itself,
  // so the escalation starts by waiting on them, then goes on to level 2.
  alreadyNotified?: { waitMinutes: number; userId: string };
  now: Date;
};

// Starts (or restarts, after a severity change) the escalation for one
// subject. An incident's first level is paged at once, in the same
// transaction as the declaration.
export async function startEscalation(tx: Tx, input: StartEscalationInput): Promise<string | null> {
  const levels: ResolvedLevel[] = input.alreadyNotified
    ? [{ waitMinutes: input.alreadyNotified.waitMinutes, targets: [{ type: "user", userId: input.alreadyNotified.userId }], fromSeverity: input.severityKey }, ...input.levels]
    : input.levels;
  if (levels.length === 0 || (input.alreadyNotified && levels.length === 1 && input.repeat === 0)) return null;
  await stopEscalations(tx, { incidentId: input.incidentId, subjectType: input.subject.type, subjectId: input.subject.id }, "restarted", input.now);
  const first = input.alreadyNotified ? 1 : 0;
  const nextAt = input.alreadyNotified ? new Date(input.now.getTime() + input.alreadyNotified.waitMinutes * 60_000) : input.now;
  const row = await tx.escalation.create({
    data: {
      incidentId: input.incidentId,
      subjectType: input.subject.type,
      subjectId: input.subject.id,
      severityKey: input.severityKey,
      levels: levels as unknown as Prisma.InputJsonArray,
      repeat: input.repeat,
      level: first,
      nextAt,
      createdAt: input.now,
    },
    select: { id: true, incidentId: true, subjectType: true, subjectId: true, repeat: true, level: true, cycle: true, createdAt: true },
  });
  if (input.alreadyNotified) {
    await enqueueInTransaction(tx, escalateQueue, { escalationId: row.id }, { startAfter: nextAt });
  } else {
    await notifyEscalationLevel(tx, { ...row, levels }, input.now, true);
  }
  return row.id;
}
