import { badRequest } from "@/lib/errors";

// Keyset cursor for the triage board's order (severity rank, declared time,
// number): opaque to clients, cheap for the database at any depth.
export type ListCursor = { rank: number; declaredAt: string; number: number };

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.rank, cursor.declaredAt, cursor.number])).toString("base64url");
}

export function decodeCursor(value: string): ListCursor {
  try {
    const [rank, declaredAt, number] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [number, string, number];
    // The values go into integer and timestamp columns: anything the
    // database can't hold would fail there instead of here.
    if (!isInt32(rank) || !isInt32(number) || !isIsoInstant(declaredAt)) throw new Error("shape");
    return { rank, declaredAt, number };
  } catch {
    throw badRequest("The cursor is not valid; start again from the first page", { cursor: ["Invalid cursor"] });
  }
}

function isInt32(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= -2_147_483_648 && (value as number) <= 2_147_483_647;
}

// Exactly what encodeCursor writes (Date#toISOString, four-digit year).
function isIsoInstant(value: unknown): value is string {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;
}
