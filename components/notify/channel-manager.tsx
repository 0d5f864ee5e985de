"use client";
import { Radio } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import type { ChannelItem } from "@/lib/notify/queries";
import { ChannelCard } from "./channel-card";
import { ChannelForm } from "./channel-form";

// demoReceiverChannelIds: the channels that deliver to the demo receiver
// `npm start` runs; their cards show what it received.
export function ChannelManager({ channels, timeZone, demoReceiverChannelIds = [] }: { channels: ChannelItem[]; timeZone: string; demoReceiverChannelIds?: string[] }) {
  return (
    <div className="space-y-8">
      <section aria-labelledby="channels-heading">
        <h2 id="channels-heading" className="mb-3 text-base font-semibold">Channels</h2>
        {channels.length === 0 ? (
          <EmptyState icon={<Radio className="size-8" />} title="No channels yet">
            Add Slack, Teams, email, PagerDuty or a signed webhook below, then choose per severity who hears what under Escalation.
          </EmptyState>
        ) : (
          <ul className="space-y-3" aria-label="Channels">
            {channels.map((channel) => (
              <ChannelCard key={channel.id} channel={channel} timeZone={timeZone} deliversToDemoReceiver={demoReceiverChannelIds.includes(channel.id)} />
            ))}
          </ul>
        )}
      </section>
      <ChannelForm />
    </div>
  );
}
