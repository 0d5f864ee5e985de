import "server-only";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { loadChannelForSending } from "../channels/channel-store";
import { updateChannel } from "../channels/update-channel";
import { DEMO_CHANNEL_NAME } from "./demo-channel";

// The launcher starts the receiver on a new port each time: point the demo
// channel at it (an audited change, only when the address moved). Nothing
// happens when there is no demo channel, e.g. an installation without demo data.
export async function pointDemoChannelAtReceiver(hookUrl: string): Promise<boolean> {
  const channel = await db.notifyChannel.findUnique({ where: { name: DEMO_CHANNEL_NAME }, select: { id: true, kind: true } });
  if (!channel || channel.kind !== "WEBHOOK") return false;
  const loaded = await loadChannelForSending(db, channel.id, new Date());
  if (loaded.secrets.url === hookUrl) return true;
  await updateChannel(SYSTEM_ACTOR, channel.id, { secrets: { url: hookUrl } });
  return true;
}
