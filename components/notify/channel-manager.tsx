"use client";
import { Radio } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import type { ChannelItem } from "@/lib/notify/queries";
import { ChannelCard } from "./channel-card";
import { ChannelForm } from "./channel-form";

export function ChannelManager({ channels, timeZone }: { channels: ChannelItem[]; timeZone: string }) {
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
              <ChannelCard key={channel.id} channel={channel} timeZone={timeZone} />
            ))}
          </ul>
        )}
      </section>
      <ChannelForm />
    </div>
  );
}
