import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { queueNotification } from "@/lib/notify/queue-notification";
import { planKeyTimeChanges } from "@/lib/rules/incidents/key-times";
import { STATUS_LABELS } from "@/lib/rules/incidents/statuses";
import { checkTransition } from "@/lib/rules/incidents/transitions";
import { closeGuardsWithReview, postMortemSatisfied } from "@/lib/rules/post-mortem-reviews/close-guard";
import { loadCloseGuardFacts } from "@/lib/post-mortems/review/close-guard-facts";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { parseInput } from "@/lib/validation";
import { lockIncident } from "./lock-incident";
import { recordIncidentChange } from "./record-change";
import { ZTransitionInput, type TTransitionInput } from "./schemas";
import { transitionContext } from "./transition-context";

// Moves an incident to another phase if the workflow allows it now. The
// update is conditional on the status the caller saw, so when two people
// move the incident at once, one wins and the other is told.
export async function transitionIncident(user: SessionUser, actor: Actor, incidentId: string, input: TTransitionInput) {
  const { to, reason, summary, expectedVersion } = parseInput(ZTransitionInput, input);
  return transaction(async (tx) => {
    const locked = await lockIncident(tx, user, incidentId, expectedVersion);
    const [policy, roles, tasks, obligations] = await Promise.all([
      getSeverityPolicy(tx, locked.severityKey),
      tx.incidentRole.findMany({ where: { incidentId, releasedAt: null }, select: { kind: true } }),
      tx.incidentTask.findMany({ where: { incidentId }, orderBy: { position: "asc" }, select: { title: true, state: true, evidencePreservation: true } }),
      tx.incidentObligation.findMany({ where: { incidentId, submittedAt: null, notApplicableAt: null }, orderBy: { dueAt: "asc" }, select: { title: true } }),
    ]);
    const from = locked.status;
    if (from === to) throw conflict(`The incident is already ${STATUS_LABELS[to]}`);
    const review = await loadCloseGuardFacts(tx, incidentId, policy.closeRequiresPostMortem);
    const check = checkTransition(transitionContext({ status: from, roles, tasks, obligations }, policy, postMortemSatisfied(review), reason), to, {
      closeGuards: closeGuardsWithReview(review),
    });
    if (!check.allowed) throw new AppError("CONFLICT", check.reasons.join(" "), { reasons: check.reasons });

    const now = new Date();
    const { stamp, clear } = planKeyTimeChanges(from, to);
    const times: Record<string, Date | null> = Object.fromEntries(clear.map((field) => [field, null]));
    if (stamp) times[stamp] = now;
    const updated = await tx.incident.updateMany({
      where: { id: incidentId, status: from },
      data: { status: to, ...times, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw conflict("Someone else changed the status at the same moment. Reload and try again.");
    await recordIncidentChange(tx, actor, incidentId, {
      type: "status_changed",
      isKey: true,
      data: { from, to, kind: check.kind, ...(reason ? { reason } : {}), ...(to === "CLOSED" && summary ? { summary } : {}) },
    });
    await queueNotification(tx, { type: "status_changed", incidentId, data: { from, to } });
    return { status: to, kind: check.kind };
  });
}
