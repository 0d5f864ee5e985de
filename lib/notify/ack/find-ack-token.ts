import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatIncidentNumber } from "@/lib/rules/incidents/incident-number";
import { verifyTokenSignature } from "./ack-token";

const FORGED = "This acknowledge link is not valid: it is incomplete or was altered. Open the incident in Cordon and acknowledge there.";

// Looks a link up after checking its signature; a link that is forged, used
// or expired gets an answer saying which, and what to do. The lookup is by
// the signed id, not the stored hash: a delivery retried after a key
// rotation signs the same id with the new key, and both links must work.
export async function findAckToken(client: Tx | typeof db, token: string, now: Date) {
  const tokenId = verifyTokenSignature(token);
  if (!tokenId) throw new AppError("NOT_FOUND", FORGED);
  const row = await client.ackToken.findUnique({
    where: { id: tokenId },
    select: {
      id: true,
      incidentId: true,
      subjectType: true,
      subjectId: true,
      recipientUserId: true,
      sentTo: true,
      expiresAt: true,
      usedAt: true,
      usedBy: true,
      incident: { select: { number: true, title: true, restricted: true, acknowledgedAt: true, status: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", FORGED);
  const reference = formatIncidentNumber(row.incident.number);
  if (row.usedAt) {
    throw new AppError("CONFLICT", `This link was already used (${row.usedBy ?? "someone"}, ${row.usedAt.toISOString().slice(0, 16).replace("T", " ")} UTC). Open ${reference} in Cordon to see where it stands.`);
  }
  if (row.expiresAt <= now) {
    throw new AppError("CONFLICT", `This link expired at ${row.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC. Open ${reference} in Cordon and acknowledge there.`);
  }
  return { ...row, reference };
}

export type FoundAckToken = Awaited<ReturnType<typeof findAckToken>>;
