import { conflict } from "@/lib/errors";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";

// A closed incident is the finished record: reading it is fine, working on
// it is not until someone reopens it (which is itself recorded).
export function assertOpen(incident: { status: string; number: number }, doing: string): void {
  if (incident.status === "CLOSED") throw conflict(`${formatIncidentNumber(incident.number)} is closed: reopen it before ${doing}.`);
}
