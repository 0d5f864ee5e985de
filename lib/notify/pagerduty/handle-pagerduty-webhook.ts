import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { db, transaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { bumpVersion } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { openSecret } from "@/lib/secrets/secret-box";
import { queueNotification } from "../queue-notification";
import { verifyPagerDutySignature } from "./verify-signature";

type PagerDutyEvent = {
  event?: {
    id?: string;
    event_type?: string;
    agent?: { summary?: string } | null;
    data?: { id?: string; incident_key?: string; html_url?: string; incident?: { incident_key?: string } };
  };
};

export type WebhookResult = { ok: true; acknowledged: boolean; ignored?: string };

async function inboundSecrets(): Promise<string[]> {
  const channels = await db.notifyChannel.findMany({ where: { kind: "PAGERDUTY", enabled: true }, select: { secretsSealed: true } });
  return channels.map((channel) => (JSON.parse(openSecret(channel.secretsSealed)) as { inboundSecret?: string }).inboundSecret ?? "").filter(Boolean);
}

// PagerDuty tells Cordon when a responder acknowledges the page there. The
// alert's dedup key is the Cordon incident id (Cordon triggered it), which
// PagerDuty reports back as the incident key.
export async function handlePagerDutyWebhook(rawBody: string, signature: string | null, now = new Date()): Promise<WebhookResult> {
  const secrets = await inboundSecrets();
  if (secrets.length === 0) throw new AppError("UNAUTHENTICATED", "No PagerDuty channel has a webhook secret: paste the subscription's secret into the channel first");
  if (!verifyPagerDutySignature(signature, rawBody, secrets)) throw new AppError("UNAUTHENTICATED", "The X-PagerDuty-Signature header does not match: check the webhook secret on the PagerDuty channel");
  let payload: PagerDutyEvent;
  try {
    payload = JSON.parse(rawBody) as PagerDutyEvent;
  } catch {
    throw new AppError("BAD_REQUEST", "The body is not JSON");
  }
  const event = payload.event;
  if (event?.event_type !== "incident.acknowledged") return { ok: true, acknowledged: false, ignored: `event type ${event?.event_type ?? "missing"}` };
  const incidentId = event.data?.incident_key ?? event.data?.incident?.incident_key ?? "";
  if (!isUuid(incidentId)) return { ok: true, acknowledged: false, ignored: "not an incident Cordon paged" };
  const who = event.agent?.summary ? `${event.agent.summary} (PagerDuty)` : "PagerDuty";
  const actor: Actor = { id: null, label: who };

  return transaction(async (tx) => {
    await tx.$executeRaw`select 1 from incidents where id = ${incidentId}::uuid for update`;
    const incident = await tx.incident.findUnique({ where: { id: incidentId }, select: { acknowledgedAt: true, status: true } });
    if (!incident) return { ok: true, acknowledged: false, ignored: "not an incident Cordon paged" };
    // PagerDuty repeats deliveries; the second one finds the work done.
    if (incident.acknowledgedAt || incident.status === "CLOSED") return { ok: true, acknowledged: false, ignored: "already acknowledged" };
    await bumpVersion(tx, incidentId, { acknowledgedAt: now });
    await recordIncidentChange(tx, actor, incidentId, {
      type: "acknowledged",
      isKey: true,
      data: { by: { id: null, name: who }, firstAcknowledgement: true, rolesAcknowledged: 0, via: "pagerduty", pagerDutyIncident: event.data?.id ?? null },
    });
    await queueNotification(tx, { type: "acknowledged", incidentId, data: { byName: who, firstAcknowledgement: true, source: "pagerduty" }, now });
    return { ok: true, acknowledged: true };
  });
}
