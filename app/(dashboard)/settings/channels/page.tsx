import { ChannelManager } from "@/components/notify/channel-manager";
import { requireUser } from "@/lib/auth/require-user";
import { listChannels } from "@/lib/notify/channels/list-channels";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Channels" };

export default async function ChannelsPage() {
  const user = await requireUser("settings:manage");
  const channels = await listChannels();
  return <ChannelManager channels={serialize(channels)} timeZone={user.timeZone} />;
}
