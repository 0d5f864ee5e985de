import "server-only";
import type { Tx } from "@/lib/db";
import { acceptsEvent } from "./rules/event-types";
import { CHANNEL_KIND_FOR_METHOD, pagerDutyActionFor, type ChannelKind } from "./rules/channel-kinds";
import type { NotifyEventType } from "./rules/event-types";

// Where one event goes: a channel, and for a person the address on it.
export type Route = {
  channelId: string;
  channelName: string;
  kind: ChannelKind;
  recipientUserId: string | null;
  recipientName: string | null;
  address: string | null;
};

type ChannelRow = { id: string; name: string; kind: ChannelKind; outOfBand: boolean; personal: boolean; events: string[] };

export type RouteRequest = {
  type: NotifyEventType;
  data: Record<string, unknown>;
  outOfBandOnly: boolean;
  // Channels that hear about this kind of event (the severity's list);
  // their own event filters apply.
  broadcastChannelIds: readonly string[];
  // Channels named explicitly (an escalation level): always sent to.
  directChannelIds?: readonly string[];
  userIds: readonly string[];
};

export async function loadEnabledChannels(tx: Tx): Promise<ChannelRow[]> {
  return tx.notifyChannel.findMany({
    where: { enabled: true },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, kind: true, outOfBand: true, personal: true, events: true },
  });
}

// Applies the rules: a severity that says "out-of-band only" never touches
// the usual chat; PagerDuty hears only what changes its alert; a person is
// reached through each contact method they opted in for this event (or, with
// none set up, their account email).
export async function resolveRoutes(tx: Tx, request: RouteRequest): Promise<Route[]> {
  const channels = (await loadEnabledChannels(tx)).filter((channel) => !request.outOfBandOnly || channel.outOfBand);
  // An acknowledgement that came from PagerDuty is not echoed back to it.
  const usable = (channel: ChannelRow) =>
    channel.kind !== "PAGERDUTY" || (pagerDutyActionFor(request.type, request.data) !== null && request.data.source !== "pagerduty");
  const routes: Route[] = [];
  const add = (channel: ChannelRow, person?: { id: string; name: string; address: string }) => {
    const address = person?.address ?? null;
    if (routes.some((route) => route.channelId === channel.id && route.address === address)) return;
    routes.push({ channelId: channel.id, channelName: channel.name, kind: channel.kind, recipientUserId: person?.id ?? null, recipientName: person?.name ?? null, address });
  };

  for (const channel of channels) {
    if (request.broadcastChannelIds.includes(channel.id) && acceptsEvent(channel.events, request.type) && usable(channel)) add(channel);
    if (request.directChannelIds?.includes(channel.id) && usable(channel)) add(channel);
  }

  const userIds = [...new Set(request.userIds)];
  if (userIds.length === 0) return routes;
  const people = await tx.user.findMany({
    where: { id: { in: userIds }, deactivatedAt: null },
    select: { id: true, name: true, email: true, contactMethods: { orderBy: { createdAt: "asc" }, select: { kind: true, value: true, events: true } } },
  });
  const personal = channels.filter((channel) => channel.personal);
  for (const person of people) {
    const methods = person.contactMethods.length > 0 ? person.contactMethods : [{ kind: "EMAIL" as const, value: person.email, events: [] }];
    for (const method of methods) {
      if (!acceptsEvent(method.events, request.type)) continue;
      const channel = personal.find((candidate) => candidate.kind === CHANNEL_KIND_FOR_METHOD[method.kind]);
      if (channel) add(channel, { id: person.id, name: person.name, address: method.value });
    }
  }
  return routes;
}
