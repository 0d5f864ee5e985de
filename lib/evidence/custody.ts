import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clientAddress } from "@/lib/auth/client-address";

// Who handles evidence, and from where: the person (null for Cordon's own
// jobs), the actor label the audit trail uses, and the request's origin.
export type CustodyBy = {
  user: SessionUser | null;
  actor: Actor;
  address?: string;
  userAgent?: string;
};

// A handling by a signed-in person (every request-driven one).
export type PersonCustodyBy = CustodyBy & { user: SessionUser };

export const CUSTODY_ACTIONS = [
  "collected",
  "stored",
  "viewed",
  "downloaded",
  "verified",
  "exported",
  "transferred",
  "hold_placed",
  "hold_lifted",
  "deletion_requested",
  "deletion_rejected",
  "deleted",
] as const;
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];

export type CustodyRecord = {
  action: CustodyAction;
  reason?: string | null;
  data?: Record<string, unknown>;
  at?: Date;
};

const MAX_USER_AGENT = 500;

// A custody event and its audit entry, in the caller's transaction: the
// handling of an artefact is on the record exactly when its effect is.
export async function appendCustody(tx: Tx, evidenceId: string, by: CustodyBy, record: CustodyRecord): Promise<void> {
  const data = JSON.parse(JSON.stringify(record.data ?? {})) as Prisma.InputJsonObject;
  const userAgent = by.userAgent?.slice(0, MAX_USER_AGENT) ?? null;
  await tx.custodyEvent.create({
    data: {
      evidenceId,
      ...(record.at ? { at: record.at } : {}),
      actorId: by.actor.id,
      actorLabel: by.actor.label,
      action: record.action,
      reason: record.reason ?? null,
      address: by.address ?? null,
      userAgent,
      data,
    },
    select: { id: true },
  });
  // Live viewers of the incident see the handling (a download changes no
  // incident row, but its custody record): delivered only on commit.
  await tx.$executeRaw`select pg_notify('incident_changed', incident_id::text) from evidence where id = ${evidenceId}::uuid`;
  await appendAudit(tx, by.actor, {
    action: `evidence.${record.action}`,
    targetType: "evidence",
    targetId: evidenceId,
    data: { ...(record.data ?? {}), ...(record.reason ? { reason: record.reason } : {}), address: by.address ?? null },
  });
}

// The request-side facts a custody event carries.
export function custodyFromRequest(user: SessionUser, actor: Actor, request: Request): PersonCustodyBy {
  return {
    user,
    actor,
    address: clientAddress(request.headers),
    userAgent: request.headers.get("user-agent") ?? undefined,
  };
}
