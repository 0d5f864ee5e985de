import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { lockIncident } from "./lock-incident";
import { recordIncidentChange } from "./record-change";
import { ZAddNoteInput, type TAddNoteInput } from "./schemas";

// Notes are Markdown, stored as written and rendered safely (no raw HTML).
export async function addNote(user: SessionUser, actor: Actor, incidentId: string, input: TAddNoteInput) {
  const { body, isKey } = parseInput(ZAddNoteInput, input);
  return transaction(async (tx) => {
    await lockIncident(tx, user, incidentId);
    const id = await recordIncidentChange(tx, actor, incidentId, { type: "note", body, isKey });
    return { id: id.toString() };
  });
}
