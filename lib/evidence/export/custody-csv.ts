import type { CustodyRow } from "../evidence-select";

export const CUSTODY_CSV_HEADER = ["evidence_id", "evidence_title", "sequence", "at_utc", "action", "actor", "actor_id", "reason", "address", "user_agent", "data"];

// One row per handling, in order, for a spreadsheet or a court exhibit.
export function custodyCsvRows(events: (CustodyRow & { evidenceId: string })[], titles: Map<string, string>): string[][] {
  return [
    CUSTODY_CSV_HEADER,
    ...events.map((event) => [
      event.evidenceId,
      titles.get(event.evidenceId) ?? "",
      event.id.toString(),
      event.at.toISOString(),
      event.action,
      event.actorLabel,
      event.actorId ?? "",
      event.reason ?? "",
      event.address ?? "",
      event.userAgent ?? "",
      JSON.stringify(event.data ?? {}),
    ]),
  ];
}
