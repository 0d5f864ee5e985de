// Plain words for what a playbook did to an incident, for the timeline:
// which version applied, what it added, and which frameworks it suggests
// (suggested only: the lead confirms each in the deadlines panel).
type Data = Record<string, unknown>;

const plural = new Intl.PluralRules("en");
const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

/** "playbook container_compromise v2: 6 steps added; frameworks to consider: GDPR_ART33" or "". */
export function describePlaybookOutcome(d: Data): string {
  const playbook = d.playbook as { category?: unknown; version?: unknown } | null | undefined;
  if (!playbook) return "";
  const added = list(d.tasksAdded).length;
  const frameworks = list(d.frameworksSuggested);
  return [
    `playbook ${String(playbook.category).replace(/_/g, " ")} v${String(playbook.version)}: ${added === 0 ? "nothing new to add" : `${added} ${plural.select(added) === "one" ? "task" : "tasks"} added`}`,
    frameworks.length > 0 ? `frameworks to consider (suggested, not started): ${frameworks.join(", ")}` : "",
  ].filter(Boolean).join("; ");
}

const REASONS: Record<string, string> = {
  category_changed: "Category changed",
  pulled_newer_version: "Newer playbook pulled",
};

export function describePlaybookEvent(type: string, d: Data): string | undefined {
  if (type !== "playbook_applied") return undefined;
  const outcome = describePlaybookOutcome(d);
  return `${REASONS[String(d.reason)] ?? "Playbook applied"}${outcome ? ` — ${outcome}` : " — no playbook for this category"}.`;
}
