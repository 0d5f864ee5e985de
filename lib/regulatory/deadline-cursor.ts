import { badRequest } from "@/lib/errors";

// Keyset cursor for the Deadlines page's order (effective due time, soonest
// first with clocks that have none last, then id): opaque to clients.
export type DeadlineCursor = { dueAt: Date | null; id: string };

export function encodeDeadlineCursor(cursor: DeadlineCursor): string {
  return Buffer.from(JSON.stringify([cursor.dueAt?.toISOString() ?? null, cursor.id])).toString("base64url");
}

export function decodeDeadlineCursor(value: string): DeadlineCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [unknown, unknown];
    if (typeof id !== "string" || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new Error("id");
    if (at === null) return { dueAt: null, id };
    // Exactly what encodeDeadlineCursor writes, so the value fits the column.
    if (typeof at !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(at)) throw new Error("at");
    const dueAt = new Date(at);
    if (Number.isNaN(dueAt.getTime()) || dueAt.toISOString() !== at) throw new Error("at");
    return { dueAt, id };
  } catch {
    throw badRequest("The cursor is not valid; start again from the first page", { cursor: ["Invalid cursor"] });
  }
}
