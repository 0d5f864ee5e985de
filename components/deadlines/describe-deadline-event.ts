// Plain sentences for the timeline events this area writes. The timeline's
// describeEvent (components/incidents/describe-event.ts) falls back to this
// before showing the raw type.
import { formatLocalTime } from "@/components/common/local-time";

type Data = Record<string, unknown>;

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function describeDeadlineEvent(type: string, data: Data, timeZone = "UTC"): string | undefined {
  // Times in the viewer's zone, never the stored ISO string.
  const when = (value: unknown) => (typeof value === "string" && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)) ? formatLocalTime(value, timeZone) : text(value));
  switch (type) {
    case "trigger_recorded":
      return `Clock trigger recorded: ${text(data.label)} at ${when(data.at)}.`;
    case "trigger_corrected":
      return `Clock trigger corrected: ${text(data.label)} ${when(data.previous)} → ${when(data.at)} — ${text(data.reason)}`;
    case "framework_accepted":
      return `${text(data.name)} applies: its reporting clocks are running.`;
    case "framework_dismissed":
      return `${text(data.name)} does not apply — ${text(data.reason)}`;
    case "frameworks_suggested":
      return `"What applies?" suggested ${Array.isArray(data.suggested) && data.suggested.length > 0 ? data.suggested.join(", ") : "no frameworks"}.`;
    case "catalog_reapplied":
      return "Reporting clocks recomputed from the current regulation catalog.";
    case "obligation_submitted":
      return `Filed: ${text(data.title)} (${text(data.framework)}), reference ${text(data.reference)}${data.late ? " — after the deadline" : ""}.`;
    case "obligation_not_applicable":
      return `Not applicable: ${text(data.title)} (${text(data.framework)}) — ${text(data.reason)}`;
    case "obligation_extended":
      return `Extension granted by ${text(data.grantedBy)}: ${text(data.title)} now due ${when(data.to)} — ${text(data.reason)}`;
    case "deadline_reminder":
      return data.point === "overdue"
        ? `OVERDUE: ${text(data.title)} (${text(data.framework)}) was due ${when(data.dueAt)}.`
        : `Reminder: ${text(data.title)} (${text(data.framework)}) — ${data.point === "1h" ? "one hour left" : `${text(data.point)} of the time used`}, due ${when(data.dueAt)}.`;
    default:
      return undefined;
  }
}
