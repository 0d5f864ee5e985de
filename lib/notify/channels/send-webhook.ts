import "server-only";
import { classifyAnswer, isAnswer, postBody } from "./http-send";
import type { SendRequest, SendResult } from "./send-types";
import { webhookHeaders } from "./standard-webhooks";

// The generic webhook's body: the event, the incident (unless restricted
// details must stay out of this channel) and the links. A phone number is
// included only for a personal delivery, for an SMS provider to text.
export function webhookPayload(request: SendRequest) {
  const { message } = request;
  return {
    type: `incident.${message.type}`,
    timestamp: request.now.toISOString(),
    data: {
      title: message.title,
      text: message.text,
      incidentUrl: message.incidentUrl,
      ackUrl: message.ackUrl,
      restricted: message.redacted,
      incident: message.incident
        ? {
            id: message.incident.id,
            reference: message.incident.reference,
            title: message.incident.title,
            severity: message.incident.severity,
            status: message.incident.status,
            drill: message.incident.drill,
          }
        : request.incidentId
          ? { id: request.incidentId }
          : null,
      ...(request.address ? { recipient: { name: request.recipientName, phone: request.address } } : {}),
    },
  };
}

export async function sendWebhook(request: SendRequest): Promise<SendResult> {
  const body = JSON.stringify(webhookPayload(request));
  const timestamp = Math.floor(request.now.getTime() / 1000);
  // webhook-id is the delivery's id, the same on every retry, so consumers
  // can drop a message they already processed.
  const headers = webhookHeaders(request.channel.signingSecrets, request.deliveryId, timestamp, body);
  const answer = await postBody(request.channel.secrets.url ?? "", body, { "content-type": "application/json", "user-agent": "Cordon-Notify/1", ...headers }, request.timeoutMs);
  return isAnswer(answer) ? classifyAnswer(answer, "The webhook", request.now) : answer;
}
