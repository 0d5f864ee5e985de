import { Badge, type BadgeTone } from "@/components/ui/badge";
import { STATUS_LABELS, type IncidentStatus } from "@/lib/rules/incidents/statuses";

const TONES: Record<IncidentStatus, BadgeTone> = {
  TRIAGE: "red",
  INVESTIGATING: "orange",
  CONTAINED: "yellow",
  ERADICATED: "blue",
  RECOVERED: "green",
  POST_INCIDENT: "neutral",
  CLOSED: "neutral",
};

export function StatusBadge({ status }: { status: IncidentStatus }) {
  return <Badge tone={TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
