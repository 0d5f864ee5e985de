import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { expandLevels, findPolicyProblems, type PolicyProblem, type ResolvedLevel, type TEscalationPolicy } from "../rules/escalation-policy";
import type { TimelineStep } from "../rules/describe-timeline";
import { describePolicy, loadPolicyVocabulary } from "./describe-policy";
import { loadEscalationPolicies } from "./policy-store";

export type PolicyCheck = { problems: PolicyProblem[]; levels: ResolvedLevel[]; timeline: TimelineStep[] };

// Everything wrong with a policy as it would be saved: unknown people,
// channels and severities, a target twice in a level, and loops through
// hand-overs (checked against the other severities' saved policies).
export async function checkEscalationPolicy(client: Tx | typeof db, severityKey: string, policy: TEscalationPolicy): Promise<PolicyCheck> {
  const userIds = policy.levels.flatMap((level) => level.targets.flatMap((target) => (target.type === "user" ? [target.userId] : [])));
  const channelIds = [...policy.channelIds, ...policy.levels.flatMap((level) => level.targets.flatMap((target) => (target.type === "channel" ? [target.channelId] : [])))];
  const [severities, users, channels, saved] = await Promise.all([
    client.severity.findMany({ select: { key: true } }),
    client.user.findMany({ where: { id: { in: userIds }, deactivatedAt: null }, select: { id: true } }),
    client.notifyChannel.findMany({ where: { id: { in: channelIds } }, select: { id: true } }),
    loadEscalationPolicies(client),
  ]);
  const problems: PolicyProblem[] = [];
  if (!severities.some((severity) => severity.key === severityKey)) problems.push({ message: `There is no severity ${severityKey}`, path: ["severityKey"] });
  policy.levels.forEach((level, i) =>
    level.targets.forEach((target, j) => {
      const path = ["levels", i, "targets", j];
      if (target.type === "user" && !users.some((user) => user.id === target.userId)) problems.push({ message: `Level ${i + 1}: that person is not an active user`, path });
      if (target.type === "channel" && !channels.some((channel) => channel.id === target.channelId)) problems.push({ message: `Level ${i + 1}: that channel does not exist`, path });
      if (target.type === "policy" && !severities.some((severity) => severity.key === target.severityKey)) problems.push({ message: `Level ${i + 1}: there is no severity ${target.severityKey}`, path });
    }),
  );
  policy.channelIds.forEach((id, i) => {
    if (!channels.some((channel) => channel.id === id)) problems.push({ message: "One of the chosen channels does not exist", path: ["channelIds", i] });
  });
  const vocabulary = await loadPolicyVocabulary(client, userIds);
  problems.push(...findPolicyProblems(severityKey, policy, vocabulary));
  const policies = new Map(saved);
  policies.set(severityKey, policy);
  const expanded = expandLevels(severityKey, (key) => policies.get(key));
  if (!expanded.ok) problems.push({ message: expanded.message, path: ["levels"] });
  const levels = expanded.ok ? expanded.levels : [];
  const handoverUsers = levels.flatMap((level) => level.targets.flatMap((target) => (target.type === "user" ? [target.userId] : [])));
  const fullVocabulary = handoverUsers.length > userIds.length ? await loadPolicyVocabulary(client, handoverUsers) : vocabulary;
  return { problems, levels, timeline: describePolicy(levels, policy.repeat, fullVocabulary) };
}
