import { formatLocalTime } from "@/components/common/local-time";
import { describeClusterEvent } from "@/components/clusters/describe-cluster-event";
import { describeDeadlineEvent } from "@/components/deadlines/describe-deadline-event";
import { describeEvidenceEvent } from "@/components/evidence/describe-evidence-event";
import { describePlaybookEvent, describePlaybookOutcome } from "@/components/playbooks/describe-playbook-event";
import { describeReviewEvent } from "@/components/post-mortems/review/describe-review-event";
import type { TimelineView } from "@/lib/incidents/queries";
import { ROLE_LABELS, type IncidentRoleKind } from "@/lib/rules/incidents/roles";
import { STATUS_LABELS, type IncidentStatus } from "@/lib/rules/incidents/statuses";
import { isKeyTimeField, KEY_TIME_LABELS } from "./key-time-labels";

type Data = Record<string, unknown> & { to?: unknown; from?: unknown };

const plural = new Intl.PluralRules("en");
const countOf = (n: number, noun: string) => `${n} ${plural.select(n) === "one" ? noun : `${noun}s`}`;

// One plain sentence per event type; the raw data stays in the API. Times
// in the sentence are on the viewer's clock when their zone is given.
export function describeEvent(event: TimelineView, timeZone = "UTC"): string {
  const d = (event.data ?? {}) as Data;
  const name = (value: unknown) => (value && typeof value === "object" && "name" in value ? String((value as { name: string }).name) : "someone");
  switch (event.type) {
    case "declared": {
      const outcome = describePlaybookOutcome(d);
      return `Declared ${String(d.severity)} ${String(d.title ?? "")} — ${name(d.lead)} leads.${outcome ? ` ${outcome[0]!.toUpperCase()}${outcome.slice(1)}.` : ""}`;
    }
    case "status_changed":
      return `Status: ${STATUS_LABELS[d.from as IncidentStatus]} → ${STATUS_LABELS[d.to as IncidentStatus]}${d.reason ? ` — ${String(d.reason)}` : ""}${d.summary ? `. Closing summary: ${String(d.summary)}` : ""}`;
    case "severity_changed": {
      const added = Array.isArray(d.tasksAdded) ? d.tasksAdded.length : 0;
      const withdrawn = Array.isArray(d.tasksWithdrawn) ? (d.tasksWithdrawn as unknown[]).map(String) : [];
      return [
        `Severity ${String(d.from)} → ${String(d.to)}${d.reason ? ` — ${String(d.reason)}` : ""}`,
        added > 0 ? `added ${countOf(added, "runbook task")}` : "",
        withdrawn.length > 0 ? `withdrew ${countOf(withdrawn.length, "task")} not started (${withdrawn.join(", ")})` : "",
        Array.isArray(d.frameworksSuggested) && d.frameworksSuggested.length > 0 ? `frameworks to consider (suggested, not started): ${d.frameworksSuggested.map(String).join(", ")}` : "",
      ].filter(Boolean).join("; ");
    }
    case "status_update":
      return `Status update${d.audience === "public" ? " (public)" : ""}: ${event.body ?? ""}`;
    case "role_assigned":
      return `${name(d.to)} is now ${ROLE_LABELS[d.role as IncidentRoleKind] ?? String(d.role)}.`;
    case "lead_handed_over":
      return `Lead handed over from ${name(d.from)} to ${name(d.to)}.`;
    case "role_released":
      return `${ROLE_LABELS[d.role as IncidentRoleKind] ?? String(d.role)} role released.`;
    case "acknowledged":
      return `${name(d.by)} acknowledged${d.firstAcknowledgement ? " the incident" : " their role"}.`;
    case "task_completed":
      return `Task done: ${String(d.title)}`;
    case "task_waived":
      return `Task waived: ${String(d.title)} — ${String(d.reason)}`;
    case "task_not_applicable":
      return `Task not applicable: ${String(d.title)} — ${String(d.reason)}`;
    case "task_reopened":
      return `Task reopened: ${String(d.title)}`;
    case "task_added":
      return `Task added: ${String(d.title)}`;
    case "task_assigned":
      return `Task assigned: ${String(d.title)}`;
    case "task_rescheduled":
      return `Task ${typeof d.dueAt === "string" ? `due ${formatLocalTime(d.dueAt, timeZone)}` : "no longer has a due time"}: ${String(d.title)}`;
    case "fields_changed":
      return `Changed ${Object.keys((d.changes as object) ?? {}).join(", ")}`;
    case "key_time_corrected": {
      const label = isKeyTimeField(d.field) ? KEY_TIME_LABELS[d.field] : String(d.field);
      const when = (value: unknown) => (typeof value === "string" && !Number.isNaN(Date.parse(value)) ? formatLocalTime(value, timeZone) : "not set");
      return `${label} time corrected from ${when(d.from)} to ${when(d.to)} — ${String(d.reason)}`;
    }
    case "participant_added":
      return `${name(d.user)} added as a participant.`;
    case "participant_removed":
      return `${name(d.user)} removed from the participants.`;
    case "notification_failed":
      return `Could not notify ${String(d.recipient ?? d.channel ?? "a channel")} via ${String(d.channel ?? d.kind)} after ${String(d.attempts)} attempts${d.error ? ` — ${String(d.error)}` : ""}.`;
    case "escalated":
      return `Not acknowledged in time: escalated to ${Array.isArray(d.recipients) ? d.recipients.join(", ") : "the next level"}.`;
    case "key_event_marked":
    case "key_event_unmarked":
      return event.type === "key_event_marked" ? "Marked an event as key." : "Unmarked a key event.";
    default:
      return describeClusterEvent(event.type, d) ?? describePlaybookEvent(event.type, d) ?? describeEvidenceEvent(event.type, d) ?? describeDeadlineEvent(event.type, d, timeZone) ?? describeReviewEvent(event.type, d) ?? event.type.replace(/_/g, " ");
  }
}
