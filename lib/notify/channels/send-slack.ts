import "server-only";
import type { Message } from "../rules/render-message";
import { classifyAnswer, isAnswer, postBody, postJson } from "./http-send";
import type { SendRequest, SendResult } from "./send-types";

// Slack's mrkdwn treats &, < and > as markup; a title must not become a link.
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function slackMessage(message: Message) {
  const buttons = [
    ...(message.ackUrl ? [{ type: "button", style: "danger", text: { type: "plain_text", text: "Acknowledge" }, url: message.ackUrl }] : []),
    ...(message.incidentUrl ? [{ type: "button", text: { type: "plain_text", text: "Open incident" }, url: message.incidentUrl }] : []),
  ];
  return {
    text: `${message.title} — ${message.text}`,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${escape(message.title)}*\n${escape(message.text)}` } },
      ...(buttons.length > 0 ? [{ type: "actions", elements: buttons }] : []),
    ],
  };
}

export function sendSlackWebhook(request: SendRequest): Promise<SendResult> {
  return postJson(request.channel.secrets.url ?? "", slackMessage(request.message), "Slack", request);
}

// Slack's Web API answers 200 even when it refuses: the verdict is in
// {ok, error}. Some errors mean the channel must be fixed by an admin.
const PERMANENT: Record<string, string> = {
  token_revoked: "Slack says the bot token was revoked (token_revoked): create a new bot token and save it on the channel",
  invalid_auth: "Slack does not accept the bot token (invalid_auth): save a valid xoxb- token",
  account_inactive: "The Slack bot's account is deactivated (account_inactive)",
  not_in_channel: "The bot is not in that Slack channel (not_in_channel): invite it with /invite",
  channel_not_found: "Slack cannot find that channel (channel_not_found): check the channel id",
  is_archived: "That Slack channel is archived (is_archived)",
  missing_scope: "The bot token lacks the chat:write scope (missing_scope)",
};

export async function sendSlackBot(request: SendRequest): Promise<SendResult> {
  const base = String(request.channel.settings.apiBaseUrl ?? "https://slack.com/api").replace(/\/$/, "");
  const target = request.address ?? String(request.channel.settings.channel ?? "");
  if (!target) return { ok: false, retryable: false, statusCode: null, error: "No Slack channel set on this channel, and no member to message" };
  const body = JSON.stringify({ channel: target, ...slackMessage(request.message), unfurl_links: false });
  const answer = await postBody(`${base}/chat.postMessage`, body, {
    "content-type": "application/json; charset=utf-8",
    authorization: `Bearer ${request.channel.secrets.token ?? ""}`,
  }, request.timeoutMs);
  if (!isAnswer(answer)) return answer;
  if (answer.status !== 200) return classifyAnswer(answer, "Slack", request.now);
  let parsed: { ok?: boolean; error?: string };
  try {
    parsed = JSON.parse(answer.body) as { ok?: boolean; error?: string };
  } catch {
    return { ok: false, retryable: true, statusCode: 200, error: "Slack answered with something other than JSON; will retry" };
  }
  if (parsed.ok) return { ok: true, statusCode: 200, detail: "ok" };
  const code = parsed.error ?? "unknown_error";
  if (code === "ratelimited") return { ok: false, retryable: true, statusCode: 200, error: "Slack is rate limiting (ratelimited); will retry" };
  return { ok: false, retryable: false, statusCode: 200, error: PERMANENT[code] ?? `Slack refused the message (${code})` };
}
