// Plain sentences for the timeline events the review workflow and action
// items write (`post_mortem.<type>`). The timeline's describeEvent
// (components/incidents/describe-event.ts) falls back to this.
type Data = Record<string, unknown>;

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));
const person = (value: unknown) => (value && typeof value === "object" && "name" in value ? text((value as { name: unknown }).name) : "someone");

export function describeReviewEvent(type: string, data: Data): string | undefined {
  switch (type) {
    case "post_mortem.action_item_added":
      return `Action item added: ${text(data.title)} — ${person(data.owner)}, due ${text(data.dueOn)}.`;
    case "post_mortem.action_item_changed":
      return `Action item changed: ${text(data.title)} (${Object.keys((data.changes as object) ?? {}).join(", ") || "no fields"}).`;
    case "post_mortem.action_item_overdue":
      return `Action item overdue: ${text(data.title)} (was due ${text(data.dueOn)}); its owner was told.`;
    case "post_mortem.reviewer_added":
      return `${person(data.reviewer)} named as a reviewer of the post-mortem.`;
    case "post_mortem.reviewer_removed":
      return `${person(data.reviewer)} is no longer a reviewer of the post-mortem.`;
    case "post_mortem.submitted":
      return `Post-mortem revision ${text(data.revision)} sent for review.`;
    case "post_mortem.approved":
      return `${person(data.reviewer)} approved post-mortem revision ${text(data.revision)}.`;
    case "post_mortem.changes_requested":
      return `${person(data.reviewer)} asked for changes to the post-mortem — ${text(data.comment)}`;
    case "post_mortem.published":
      return `Post-mortem revision ${text(data.revision)} published (SHA-256 ${text(data.sha256).slice(0, 12)}…).`;
    case "post_mortem.revision_started":
      return `A new revision of the post-mortem was started (revision ${text(data.revision)}).`;
    case "post_mortem.waived":
      return `Post-mortem waived by an administrator — ${text(data.reason)}`;
    default:
      return undefined;
  }
}
