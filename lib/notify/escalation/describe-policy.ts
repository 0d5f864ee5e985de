import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { ROLE_LABELS, type IncidentRoleKind } from "@/lib/rules/incidents/roles";
import { CHANNEL_KIND_FOR_METHOD, CHANNEL_KIND_SHORT, type ChannelKind } from "../rules/channel-kinds";
import { describeEscalationTimeline, type TimelineStep } from "../rules/describe-timeline";
import { acceptsEvent } from "../rules/event-types";
import type { ResolvedLevel, ResolvedTarget, TargetNames } from "../rules/escalation-policy";

export type PolicyVocabulary = TargetNames & { word: (target: ResolvedTarget) => string };

const joinKinds = (kinds: ChannelKind[]) => [...new Set(kinds.map((kind) => CHANNEL_KIND_SHORT[kind]))].join(" + ");

// Names and routes for describing policies: who a person id is, what a
// channel is called, and how each person would actually be reached today.
export async function loadPolicyVocabulary(client: Tx | typeof db, userIds: readonly string[]): Promise<PolicyVocabulary> {
  const [channels, people] = await Promise.all([
    client.notifyChannel.findMany({ select: { id: true, name: true, kind: true, personal: true, enabled: true } }),
    client.user.findMany({
      where: { id: { in: [...new Set(userIds)] } },
      select: { id: true, name: true, contactMethods: { select: { kind: true, events: true } } },
    }),
  ]);
  const personalKinds = channels.filter((channel) => channel.personal && channel.enabled).map((channel) => channel.kind);
  const channelName = (id: string) => {
    const channel = channels.find((candidate) => candidate.id === id);
    return channel ? `${CHANNEL_KIND_SHORT[channel.kind]} "${channel.name}"${channel.enabled ? "" : " (disabled)"}` : "a deleted channel";
  };
  const userName = (id: string) => people.find((person) => person.id === id)?.name ?? "an unknown person";
  const reach = (id: string) => {
    const person = people.find((candidate) => candidate.id === id);
    const methods = person && person.contactMethods.length > 0 ? person.contactMethods.filter((method) => acceptsEvent(method.events, "escalation")) : [{ kind: "EMAIL" as const }];
    const kinds = methods.map((method) => CHANNEL_KIND_FOR_METHOD[method.kind]).filter((kind) => personalKinds.includes(kind));
    return kinds.length > 0 ? `via ${joinKinds(kinds)}` : "(no way to reach them: add a personal channel or a contact method)";
  };
  const word = (target: ResolvedTarget) => {
    if (target.type === "channel") return channelName(target.channelId);
    if (target.type === "user") return `${userName(target.userId)} ${reach(target.userId)}`;
    const role = `the ${ROLE_LABELS[target.role as IncidentRoleKind]}`;
    return personalKinds.length > 0 ? `${role} via their ${joinKinds(personalKinds)}` : `${role} (no personal channel set up to reach them)`;
  };
  return { user: userName, channel: channelName, word };
}

export function describePolicy(levels: readonly ResolvedLevel[], repeat: number, vocabulary: PolicyVocabulary): TimelineStep[] {
  return describeEscalationTimeline(levels, repeat, vocabulary.word);
}
