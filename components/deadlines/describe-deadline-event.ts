// Plain sentences for the timeline events this area writes. The timeline's
// describeEvent (components/incidents/describe-event.ts) falls back to this
// before showing the raw type.
type Data = Record<string, unknown>;

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));

export function describeDeadlineEvent(type: string, data: Data): string | undefined {
  switch (type) {
    case "trigger_recorded":
      return `Clock trigger recorded: ${text(data.label)} at ${text(data.at)}.`;
    case "trigger_corrected":
      return `Clock trigger corrected: ${text(data.label)} ${text(data.previous)} → ${text(data.at)} — ${text(data.reason)}`;
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
      return `Extension granted by ${text(data.grantedBy)}: ${text(data.title)} now due ${text(data.to)} — ${text(data.reason)}`;
    case "deadline_reminder":
      return data.point === "overdue"
        ? `OVERDUE: ${text(data.title)} (${text(data.framework)}) was due ${text(data.dueAt)}.`
        : `Reminder: ${text(data.title)} (${text(data.framework)}) — ${data.point === "1h" ? "one hour left" : `${text(data.point)} of the time used`}, due ${text(data.dueAt)}.`;
    default:
      return undefined;
  }
}
