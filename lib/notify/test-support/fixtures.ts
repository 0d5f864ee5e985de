// Test data of this domain. Tests use severities of their own, so the
// policies they set never touch other test files' SEV1–SEV4 incidents.
import { randomUUID } from "node:crypto";
import { makeTestSeverity } from "@/test/helpers/severities";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { DEFAULT_SEVERITY_POLICIES, type SeverityPolicy } from "@/lib/rules/incidents/severity-policy";
import { createChannel } from "../channels/create-channel";
import type { TCreateChannelInput } from "../channels/channel-config";
import { saveEscalationPolicy } from "../escalation/save-escalation-policy";
import type { TEscalationPolicyInput } from "../rules/escalation-policy";

export async function makeSeverity(overrides: Partial<SeverityPolicy> = {}): Promise<string> {
  const base = DEFAULT_SEVERITY_POLICIES.find((policy) => policy.key === "SEV1")!;
  return (await makeTestSeverity(overrides, base)).key;
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
