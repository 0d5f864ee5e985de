import "server-only";
import { postJson } from "./http-send";
import type { SendRequest, SendResult } from "./send-types";

// Teams workflows ("When a Teams webhook request is received") and the older
// connectors both accept a message carrying an Adaptive Card.
export function teamsMessage(request: SendRequest) {
  const { message } = request;
  const actions = [
    ...(message.ackUrl ? [{ type: "Action.OpenUrl", title: "Acknowledge", url: message.ackUrl }] : []),
    ...(message.incidentUrl ? [{ type: "Action.OpenUrl", title: "Open incident", url: message.incidentUrl }] : []),
  ];
  return {
    type: "message",
    summary: message.title,
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            { type: "TextBlock", text: message.title, weight: "Bolder", wrap: true },
            { type: "TextBlock", text: message.text, wrap: true },
          ],
          actions,
        },
      },
    ],
  };
}

export function sendTeams(request: SendRequest): Promise<SendResult> {
  return postJson(request.channel.secrets.url ?? "", teamsMessage(request), "Teams", request);
}
