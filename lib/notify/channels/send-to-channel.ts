import "server-only";
import { sendEmail } from "./send-email";
import { sendPagerDuty } from "./send-pagerduty";
import { sendSlackBot, sendSlackWebhook } from "./send-slack";
import { sendTeams } from "./send-teams";
import type { SendRequest, SendResult } from "./send-types";
import { sendWebhook } from "./send-webhook";

const SENDERS = {
  SLACK_WEBHOOK: sendSlackWebhook,
  SLACK_BOT: sendSlackBot,
  TEAMS: sendTeams,
  EMAIL: sendEmail,
  PAGERDUTY: sendPagerDuty,
  WEBHOOK: sendWebhook,
} as const;

// Sends one message; never throws, so a broken channel cannot take the
// worker down — whatever went wrong becomes a failed result with a reason.
export async function sendToChannel(request: SendRequest): Promise<SendResult> {
  try {
    return await SENDERS[request.channel.kind](request);
  } catch (error) {
    return { ok: false, retryable: true, statusCode: null, error: `Sending failed unexpectedly: ${(error as Error).message ?? String(error)}` };
  }
}
