import { ChannelManager } from "@/components/notify/channel-manager";
import { requireUser } from "@/lib/auth/require-user";
import { listChannels } from "@/lib/notify/channels/list-channels";
import { findDemoReceiverChannelIds } from "@/lib/notify/demo-receiver/demo-channel";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Channels" };

export default async function ChannelsPage() {
  const user = await requireUser("settings:manage");
  const [channels, demoReceiverChannelIds] = await Promise.all([listChannels(), findDemoReceiverChannelIds()]);
  return <ChannelManager channels={serialize(channels)} timeZone={user.timeZone} demoReceiverChannelIds={demoReceiverChannelIds} />;
}
