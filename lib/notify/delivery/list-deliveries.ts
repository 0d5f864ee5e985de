import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { badRequest, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/incidents/incident-id";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { parseInput } from "@/lib/validation";

export const ZDeliveryQuery = z.object({
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type TDeliveryQuery = z.input<typeof ZDeliveryQuery>;

const DELIVERY_SELECT = {
  id: true,
  status: true,
  attempts: true,
  address: true,
  lastStatusCode: true,
  lastError: true,
  nextAttemptAt: true,
  sentAt: true,
  createdAt: true,
  incidentId: true,
  recipientUserId: true,
  channel: { select: { id: true, name: true, kind: true } },
  event: { select: { type: true } },
  attemptLog: { orderBy: { attempt: "desc" }, take: 10, select: { attempt: true, at: true, outcome: true, responseCode: true, error: true, durationMs: true } },
} as const;

// Keyset paging, newest first: "<created at>_<id>", opaque to clients.
function decodeBefore(before: string | undefined): Prisma.NotificationDeliveryWhereInput {
  if (!before) return {};
  const [at, id] = Buffer.from(before, "base64url").toString("utf8").split("_");
  const date = new Date(at ?? "");
  if (!id || !isUuid(id) || Number.isNaN(date.getTime())) throw badRequest("The cursor is not valid; start again from the first page", { before: ["Invalid cursor"] });
  return { OR: [{ createdAt: { lt: date } }, { createdAt: date, id: { lt: id } }] };
}

async function page(where: Prisma.NotificationDeliveryWhereInput, query: TDeliveryQuery) {
  const { before, limit } = parseInput(ZDeliveryQuery, query, "Query");
  const rows = await db.notificationDelivery.findMany({
    where: { AND: [where, decodeBefore(before)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: DELIVERY_SELECT,
  });
  const deliveries = rows.slice(0, limit);
  const last = deliveries[deliveries.length - 1];
  const userIds = [...new Set(deliveries.flatMap((row) => (row.recipientUserId ? [row.recipientUserId] : [])))];
  const people = userIds.length > 0 ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [];
  const nameOf = new Map(people.map((person) => [person.id, person.name]));
  return {
    deliveries: deliveries.map(({ recipientUserId, ...row }) => ({ ...row, recipientName: recipientUserId ? (nameOf.get(recipientUserId) ?? null) : null })),
    nextBefore: rows.length > limit && last ? Buffer.from(`${last.createdAt.toISOString()}_${last.id}`).toString("base64url") : null,
  };
}

// The incident's delivery log, for anyone who may see the incident.
export async function listIncidentDeliveries(user: SessionUser, incidentId: string, query: TDeliveryQuery) {
  if (!isUuid(incidentId)) throw notFound("Incident");
  const visible = await db.incident.count({ where: { id: incidentId, ...visibleIncidents(user) } });
  if (visible === 0) throw notFound("Incident");
  return page({ incidentId }, query);
}

// A channel's delivery log, for admins checking whether it works.
export async function listChannelDeliveries(channelId: string, query: TDeliveryQuery) {
  if (!isUuid(channelId)) throw notFound("Channel");
  return page({ channelId }, query);
}

export type DeliveryView = Awaited<ReturnType<typeof page>>["deliveries"][number];
