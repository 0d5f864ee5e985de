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
    if (!Number.isInteger(rank) || !Number.isInteger(number) || Number.isNaN(Date.parse(declaredAt))) throw new Error("shape");
    return { rank, declaredAt, number };
  } catch {
    throw badRequest("The cursor is not valid; start again from the first page", { cursor: ["Invalid cursor"] });
  }
}
