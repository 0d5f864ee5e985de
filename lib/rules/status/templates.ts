import { fillTemplate } from "../text/tidy-text";

// Plain-language starting points for status updates, per phase. The comms
// role edits them; they exist so nobody stares at an empty box mid-incident.
export const UPDATE_PHASES = ["investigating", "contained", "monitoring", "resolved"] as const;
export type UpdatePhase = (typeof UPDATE_PHASES)[number];

export const PHASE_LABELS: Record<UpdatePhase, string> = {
  investigating: "Investigating",
  contained: "Contained",
  monitoring: "Monitoring",
  resolved: "Resolved",
};

const INTERNAL: Record<UpdatePhase, string> = {
  investigating:
    "We are investigating a security incident affecting {affected}. The response team is assembled and evidence is being preserved. Business impact so far: {impact}. Next update by {next}.",
  contained:
    "The incident is contained: the affected systems are isolated and the attacker's access is cut off. We are now removing the cause. Business impact: {impact}. Next update by {next}.",
  monitoring: "The cause has been removed and systems are back in normal operation. We are monitoring closely for any recurrence. Next update by {next}.",
  resolved: "The incident is resolved. A post-incident review will follow with what happened and what we will change.",
};

const PUBLIC: Record<UpdatePhase, string> = {
  investigating: "We are investigating an issue affecting some of our services. We will post an update as soon as we know more.",
  contained: "We have identified and contained the issue. Affected services are being restored.",
  monitoring: "A fix has been implemented and we are monitoring the results.",
  resolved: "This incident has been resolved. Thank you for your patience.",
};

export function updateTemplate(audience: "internal" | "public", phase: UpdatePhase, values: { affected?: string; impact?: string; next?: string }): string {
  const text = (audience === "internal" ? INTERNAL : PUBLIC)[phase];
  return fillTemplate(text, {
    affected: values.affected?.trim() || "some of our systems",
    impact: values.impact?.trim() || "being assessed",
    next: values.next?.trim() || "the next scheduled update",
  });
}
