import "server-only";
import { performance } from "node:perf_hooks";
import { randomUUID } from "node:crypto";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { db, transaction } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { renderMessage } from "../rules/render-message";
import { loadChannelForSending } from "./channel-store";
import { sendToChannel } from "./send-to-channel";

export type ChannelTestResult = { ok: boolean; message: string; statusCode: number | null; durationMs: number };

// A channel with no audience of its own (personal-only) is tested on the
// admin who asked: their email address or Slack member id.
async function testAddress(user: SessionUser, kind: string, settings: Record<string, unknown>): Promise<string | null> {
  if (kind === "EMAIL" && (settings.to as string[] | undefined)?.length === 0) return user.email;
  if (kind === "SLACK_BOT" && !settings.channel) {
    const method = await db.contactMethod.findFirst({ where: { userId: user.id, kind: "SLACK" }, select: { value: true } });
    return method?.value ?? null;
  }
  return null;
}

// "Send test": sends a harmless message now, while the admin waits, and
// keeps the verdict on the channel so the list shows which ones work.
export async function testChannel(user: SessionUser, actor: Actor, channelId: string, now = new Date()): Promise<ChannelTestResult> {
  if (!isUuid(channelId)) throw notFound("Channel");
  const channel = await loadChannelForSending(db, channelId, now);
  const message = renderMessage({ type: "test", incident: null, data: { by: user.name } }, { restrictedChannel: true, incidentUrl: null, ackUrl: null });
  const started = performance.now();
  const result = await sendToChannel({
    channel,
    message,
    deliveryId: randomUUID(),
    incidentId: null,
    address: await testAddress(user, channel.kind, channel.settings),
    recipientName: user.name,
    pagerDutyAction: null,
    now,
  });
  const durationMs = Math.round(performance.now() - started);
  const text = result.ok ? `Delivered${result.statusCode ? ` (${result.statusCode})` : ""}` : result.error;
  await transaction(async (tx) => {
    await tx.notifyChannel.update({ where: { id: channelId }, data: { lastTestAt: now, lastTestOk: result.ok, lastTestMessage: text.slice(0, 500) }, select: { id: true } });
    await appendAudit(tx, actor, { action: "notify_channel.tested", targetType: "notify_channel", targetId: channelId, data: { ok: result.ok, statusCode: result.statusCode, message: text } });
  });
  return { ok: result.ok, message: text, statusCode: result.statusCode, durationMs };
}
