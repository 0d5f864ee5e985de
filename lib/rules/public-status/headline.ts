import { countOf, pluralize } from "../text/plural";
import type { ComponentState } from "./component-state";

export type HeadlineTone = "operational" | "degraded" | "outage" | "neutral";

// The public page's banner says what Cordon knows, no more: with no
// services listed it cannot claim that "all systems" are fine.
export function publicHeadline(components: readonly { state: ComponentState }[], activeIncidents: number): { tone: HeadlineTone; text: string } {
  const incidents = activeIncidents > 0 ? `${countOf(activeIncidents, "incident")} ${pluralize(activeIncidents, "is", "are")} being worked on` : "";
  if (components.length === 0) {
    return activeIncidents > 0
      ? { tone: "degraded", text: `${incidents[0]!.toUpperCase()}${incidents.slice(1)}: details below.` }
      : { tone: "neutral", text: "No services are listed on this page yet, and no incident is active." };
  }
  if (components.some((c) => c.state === "major_outage" || c.state === "partial_outage")) return { tone: "outage", text: "We are experiencing an outage" };
  if (components.some((c) => c.state !== "operational")) return { tone: "degraded", text: "Some systems are degraded" };
  return activeIncidents > 0
    ? { tone: "degraded", text: `All listed services are operational; ${incidents}.` }
    : { tone: "operational", text: "All systems operational" };
}
