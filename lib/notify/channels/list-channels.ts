import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { CHANNEL_VIEW_SELECT } from "./channel-store";

// Channels are few (a handful per organisation); no paging needed.
export async function listChannels() {
  return db.notifyChannel.findMany({ orderBy: [{ enabled: "desc" }, { name: "asc" }], select: CHANNEL_VIEW_SELECT });
}

export async function getChannel(channelId: string) {
  if (!isUuid(channelId)) throw notFound("Channel");
  const channel = await db.notifyChannel.findUnique({ where: { id: channelId }, select: CHANNEL_VIEW_SELECT });
  if (!channel) throw notFound("Channel");
  return channel;
}

export type ChannelView = Awaited<ReturnType<typeof listChannels>>[number];
