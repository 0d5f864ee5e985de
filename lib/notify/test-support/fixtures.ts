// Test data of this domain. Tests use severities of their own, so the
// policies they set never touch other test files' SEV1–SEV4 incidents.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_SEVERITY_POLICIES, type SeverityPolicy } from "@/lib/rules/incidents/severity-policy";
import { createChannel } from "../channels/create-channel";
import type { TCreateChannelInput } from "../channels/channel-config";
import { saveEscalationPolicy } from "../escalation/save-escalation-policy";
import type { TEscalationPolicyInput } from "../rules/escalation-policy";

export async function makeSeverity(overrides: Partial<SeverityPolicy> = {}): Promise<string> {
  const base = DEFAULT_SEVERITY_POLICIES.find((policy) => policy.key === "SEV1")!;
  for (let tries = 0; tries < 20; tries++) {
    const key = `NT${randomUUID().replace(/-/g, "").slice(0, 8).toUpperCase()}`;
    // 5–49: clear of SEV1–SEV4 and of the 50–98 other test files use.
    const rank = 5 + Math.floor(Math.random() * 45);
    const policy = { ...base, ...overrides, key, rank, name: `Test ${key}` };
    try {
      await db.severity.create({ data: { key, rank, name: policy.name, policy: JSON.parse(JSON.stringify(policy)) as Prisma.InputJsonObject }, select: { key: true } });
      return key;
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  throw new Error("could not find a free severity rank");
}

export async function makeChannel(actor: Actor, input: Omit<TCreateChannelInput, "name"> & { name?: string }) {
  return createChannel(actor, { name: `${input.kind.toLowerCase()}-${randomUUID().slice(0, 8)}`, ...input });
}

export function setPolicy(actor: Actor, severityKey: string, policy: TEscalationPolicyInput) {
  return saveEscalationPolicy(actor, severityKey, policy);
}

export function deliveriesOf(incidentId: string) {
  return db.notificationDelivery.findMany({
    where: { incidentId },
    orderBy: { createdAt: "asc" },
    select: { id: true, status: true, attempts: true, address: true, lastStatusCode: true, lastError: true, nextAttemptAt: true, channelId: true, recipientUserId: true, event: { select: { type: true } } },
  });
}
