import "server-only";
import { createHash, createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import type { Tx } from "@/lib/db";
import { readableKeys, secretKeyRing } from "@/lib/secrets/secret-key-ring";

// Acknowledge links: "<token id>.<HMAC of the id>". The HMAC makes a link
// unforgeable; the database keeps only a hash of the whole token, with its
// expiry and whether it was used. The token is derived from its id, so a
// retried delivery sends the same link without the plaintext being stored.
export const ACK_LINK_TTL_MS = 24 * 60 * 60 * 1000;

function signingKey(secretKey: Buffer): Buffer {
  return createHmac("sha256", secretKey).update("cordon acknowledge links v1").digest();
}

function mac(tokenId: string, secretKey: Buffer): string {
  return createHmac("sha256", signingKey(secretKey)).update(tokenId).digest("base64url");
}

export function tokenFor(tokenId: string): string {
  return `${tokenId}.${mac(tokenId, secretKeyRing().current)}`;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The token's id when its signature is genuine, else null. Links sent before
 * a key rotation stay valid for their day: previous keys verify too.
 */
export function verifyTokenSignature(token: string): string | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const given = Buffer.from(match[2]!);
  const genuine = readableKeys(secretKeyRing()).some((key) => {
    const expected = Buffer.from(mac(match[1]!, key));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  return genuine ? match[1]! : null;
}

export type AckSubject = { type: "incident" | "role" | "task"; id: string };

export async function createAckToken(
  tx: Tx,
  input: { incidentId: string; subject: AckSubject; recipientUserId: string | null; sentTo: string; now: Date },
): Promise<string> {
  const id = randomUUID();
  await tx.ackToken.create({
    data: {
      id,
      tokenHash: hashToken(tokenFor(id)),
      incidentId: input.incidentId,
      subjectType: input.subject.type,
      subjectId: input.subject.id,
      recipientUserId: input.recipientUserId,
      sentTo: input.sentTo,
      expiresAt: new Date(input.now.getTime() + ACK_LINK_TTL_MS),
    },
    select: { id: true },
  });
  return id;
}
