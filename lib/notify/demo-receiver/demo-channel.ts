import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { loadChannelForSending } from "../channels/channel-store";

// The demo data's webhook channel (prisma/seed/demo-notifications.ts).
export const DEMO_CHANNEL_NAME = "Demo receiver (local webhook)";

// The channels that deliver to the demo receiver this server was started
// beside: its URL decides, not the name, so a channel pointed elsewhere no
// longer shows the receiver's messages.
export async function findDemoReceiverChannelIds(receiver = env().CORDON_DEMO_RECEIVER_URL): Promise<string[]> {
  if (!receiver) return [];
  const webhooks = await db.notifyChannel.findMany({ where: { kind: "WEBHOOK" }, select: { id: true } });
  const now = new Date();
  const ids: string[] = [];
  for (const { id } of webhooks) {
    const channel = await loadChannelForSending(db, id, now);
    if (channel.secrets.url?.startsWith(`${receiver.replace(/\/+$/, "")}/`)) ids.push(id);
  }
  return ids;
}
