// A presence ping ("who edits which section of a review") is JSON naming its
// incident; the stream passes it on only to those who may see that incident.
export function incidentOfPresence(payload: string): string | null {
  try {
    const parsed = JSON.parse(payload) as { incidentId?: unknown };
    return typeof parsed.incidentId === "string" ? parsed.incidentId : null;
  } catch {
    return null;
  }
}
