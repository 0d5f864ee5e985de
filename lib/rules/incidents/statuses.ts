// Incident statuses follow the phases of NIST SP 800-61 so that reports,
// regulators and responders trained on the standard all read them the same way.

export const INCIDENT_STATUSES = [
  "TRIAGE",
  "INVESTIGATING",
  "CONTAINED",
  "ERADICATED",
  "RECOVERED",
  "POST_INCIDENT",
  "CLOSED",
] as const;

export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<IncidentStatus, string>> = {
  TRIAGE: "Triage",
  INVESTIGATING: "Investigating",
  CONTAINED: "Contained",
  ERADICATED: "Eradicated",
  RECOVERED: "Recovered",
  POST_INCIDENT: "Post-incident review",
  CLOSED: "Closed",
};

// Written for executives reading a status page: no jargon, says what is
// happening now and what comes next.
export const STATUS_DESCRIPTIONS: Readonly<Record<IncidentStatus, string>> = {
  TRIAGE: "Triage — a possible incident was reported; the team is checking whether it is real and how serious it is",
  INVESTIGATING: "Investigating — the incident is confirmed; the team is finding out what the attacker reached",
  CONTAINED: "Contained — the attacker's access is cut off; cleanup in progress",
  ERADICATED: "Eradicated — the attacker's foothold has been removed; systems are being restored",
  RECOVERED: "Recovered — affected systems are back in normal service and being watched closely",
  POST_INCIDENT: "Post-incident review — the team is writing up what happened and what will change",
  CLOSED: "Closed — the response and its review are finished",
};

export const OPEN_STATUSES: readonly IncidentStatus[] = INCIDENT_STATUSES.filter((s) => s !== "CLOSED");

export function isIncidentStatus(value: unknown): value is IncidentStatus {
  return typeof value === "string" && (INCIDENT_STATUSES as readonly string[]).includes(value);
}

export function isOpenStatus(status: IncidentStatus): boolean {
  return status !== "CLOSED";
}

/** Position in the NIST sequence (TRIAGE = 0 … CLOSED = 6); used to tell forward from backward moves. */
export function getStatusOrder(status: IncidentStatus): number {
  return INCIDENT_STATUSES.indexOf(status);
}
