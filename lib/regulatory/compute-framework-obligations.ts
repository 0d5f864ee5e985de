// Every obligation of one framework, computed from an incident's trigger
// times: the shape stored on the incident and returned by the preview API.
import { computeObligationDue, type TriggerTimes } from "@/lib/rules/regulations/compute-due";
import type { TriggerKey } from "@/lib/rules/regulations/triggers";
import type { Framework, Obligation } from "@/lib/rules/regulations/types";

export type ComputedObligation = {
  obligationKey: string;
  title: string;
  recipient: string;
  trigger: TriggerKey;
  timeZone: string;
  dueAt: Date | null;
  /** When the binding clock started; reminders are fractions of dueAt − windowStart. */
  windowStart: Date | null;
  basis: string;
  awaiting: TriggerKey[];
  internalTargetAt: Date | null;
};

// With two limits ("4 hours after classification, no later than 24 hours
// after awareness") the window starts at the trigger of whichever limit wins.
function bindingTrigger(framework: Framework, obligation: Obligation, triggers: TriggerTimes, dueAt: Date | null): TriggerKey {
  const also = obligation.alsoNoLaterThan;
  if (!also || !dueAt) return obligation.trigger;
  const alone = computeObligationDue(framework, { ...obligation, alsoNoLaterThan: undefined }, triggers).dueAt;
  return alone && alone.getTime() === dueAt.getTime() ? obligation.trigger : also.trigger;
}

export function computeFrameworkObligations(framework: Framework, triggers: TriggerTimes): ComputedObligation[] {
  return framework.obligations.map((obligation) => {
    const due = computeObligationDue(framework, obligation, triggers);
    const binding = bindingTrigger(framework, obligation, triggers, due.dueAt);
    return {
      obligationKey: obligation.key,
      title: obligation.title,
      recipient: obligation.recipient,
      trigger: obligation.trigger,
      timeZone: framework.regulatorTimeZone,
      dueAt: due.dueAt,
      windowStart: triggers[binding] ?? null,
      basis: due.basis,
      awaiting: due.awaiting ?? [],
      internalTargetAt: due.internalTargetAt ?? null,
    };
  });
}
