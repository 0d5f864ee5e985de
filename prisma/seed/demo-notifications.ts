import { actorOf } from "@/lib/audit/actor";
import { createChannel } from "@/lib/notify/channels/create-channel";
import { DEMO_CHANNEL_NAME } from "@/lib/notify/demo-receiver/demo-channel";
import { saveEscalationPolicy } from "@/lib/notify/escalation/save-escalation-policy";
import { createComponent } from "@/lib/public-status/manage-components";
import type { DemoPeople } from "./demo-types";

export type DemoReceiverLink = { hookUrl: string; signingSecret: string };

// Escalation and the public page, working out of the box: a signed webhook
// channel delivering to the demo receiver that `npm start` runs (it verifies
// each signature with the same secret, kept under .data/), SEV1 and SEV2
// policies that page the lead and that channel, and the services the public
// status page lists. Seeded after the demo incidents, so the board starts
// quiet; the next SEV1 or SEV2 declared shows the whole path.
export async function seedDemoNotifications(people: DemoPeople, receiver: DemoReceiverLink | undefined): Promise<void> {
  const admin = actorOf(people.admin);
  if (receiver) {
    const { channel } = await createChannel(
      admin,
      { name: DEMO_CHANNEL_NAME, kind: "WEBHOOK", secrets: { url: receiver.hookUrl } },
      { signingSecret: receiver.signingSecret },
    );
    const page = (waitMinutes: number) => ({ waitMinutes, targets: [{ type: "role" as const, role: "LEAD" as const }, { type: "channel" as const, channelId: channel.id }] });
    const deputies = (waitMinutes: number) => ({ waitMinutes, targets: [{ type: "role" as const, role: "DEPUTY" as const }, { type: "user" as const, userId: people.admin.id }] });
    await saveEscalationPolicy(admin, "SEV1", { channelIds: [channel.id], levels: [page(5), deputies(10)], repeat: 1 });
    await saveEscalationPolicy(admin, "SEV2", { channelIds: [channel.id], levels: [page(15), deputies(30)], repeat: 0 });
  }
  const services = [
    { name: "Checkout API", description: "Card payments and order placement" },
    { name: "Customer login", description: "Sign-in and single sign-on" },
    { name: "Merchant dashboard", description: "Reports, payouts and settings for merchants" },
    { name: "Public website", description: "Marketing site and documentation" },
  ];
  for (const [position, service] of services.entries()) await createComponent(admin, { ...service, position });
}
