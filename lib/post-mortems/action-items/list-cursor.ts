import { badRequest } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";

// Keyset cursor for lists ordered by a time and then an id: opaque to
// clients, one index range scan for the database at any depth.
export type TimeIdCursor = { at: Date; id: string };

export function encodeTimeIdCursor(cursor: TimeIdCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString("base64url");
}

export function decodeTimeIdCursor(value: string): TimeIdCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [string, string];
    const date = new Date(at);
    if (typeof at !== "string" || Number.isNaN(date.getTime()) || date.toISOString() !== at || !isUuid(id)) throw new Error("shape");
    return { at: date, id };
  } catch {
    throw badRequest("The cursor is not valid; start again from the first page", { cursor: ["Invalid cursor"] });
  }
}
