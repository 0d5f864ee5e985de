import "server-only";
import { pagerDutySeverity } from "../rules/channel-kinds";
import { postJson } from "./http-send";
import type { SendRequest, SendResult } from "./send-types";

// PagerDuty Events API v2. One alert per incident: dedup_key is the incident
// id, so Cordon's trigger, acknowledge and resolve all land on the same one,
// and a repeated trigger (a retry, an escalation) does not open a second.
export function pagerDutyEvent(request: SendRequest, action: "trigger" | "acknowledge" | "resolve", dedupKey: string) {
  const { message, channel } = request;
  const base = { routing_key: channel.secrets.routingKey ?? "", event_action: action, dedup_key: dedupKey };
  if (action !== "trigger") return base;
  return {
    ...base,
    payload: {
      summary: message.title.slice(0, 1024),
      source: "cordon",
      severity: pagerDutySeverity(message.incident?.severityRank),
      ...(message.incident ? { component: message.incident.reference, custom_details: { what_to_do: message.text, status: message.incident.status } } : {}),
    },
    client: "Cordon",
    ...(message.incidentUrl ? { client_url: message.incidentUrl, links: [{ href: message.incidentUrl, text: "Open in Cordon" }] } : {}),
  };
}

export async function sendPagerDuty(request: SendRequest): Promise<SendResult> {
  const endpoint = String(request.channel.settings.endpointUrl ?? "https://events.pagerduty.com/v2/enqueue");
  if (request.message.type === "test") {
    // A test must not leave an open page behind: trigger, then resolve.
    const key = `cordon-test-${request.channel.id}`;
    const triggered = await postJson(endpoint, pagerDutyEvent(request, "trigger", key), "PagerDuty", request);
    if (!triggered.ok) return triggered;
    return postJson(endpoint, pagerDutyEvent(request, "resolve", key), "PagerDuty", request);
  }
  const { incidentId } = request;
  if (!request.pagerDutyAction || !incidentId) return { ok: true, statusCode: null, detail: "nothing to tell PagerDuty" };
  return postJson(endpoint, pagerDutyEvent(request, request.pagerDutyAction, incidentId), "PagerDuty", request);
}
