// An escalation policy per severity: the channels that hear about every
// change, and the ordered levels paged while nobody acknowledges. Pure.
import { z } from "zod";
import { INCIDENT_ROLE_KINDS, ROLE_LABELS, type IncidentRoleKind } from "@/lib/rules/incidents/roles";

export const POLICY_LIMITS = { maxLevels: 10, maxTargets: 10, maxWaitMinutes: 24 * 60, maxRepeat: 10, maxChannels: 20 } as const;

export const ZEscalationTarget = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("user"), userId: z.uuid({ error: "Choose a person" }) }),
    z.object({ type: z.literal("role"), role: z.enum(INCIDENT_ROLE_KINDS, { error: `Role must be one of: ${INCIDENT_ROLE_KINDS.join(", ")}` }) }),
    z.object({ type: z.literal("channel"), channelId: z.uuid({ error: "Choose a channel" }) }),
    // Continue with another severity's levels (e.g. SEV2 hands over to SEV1's).
    z.object({ type: z.literal("policy"), severityKey: z.string().min(1, { error: "Choose a severity" }).max(16) }),
  ],
  { error: "A target is a person, a role, a channel or another severity's policy" },
);

export const ZEscalationLevel = z.object({
  waitMinutes: z
    .number({ error: "Wait must be a number of minutes" })
    .int({ error: "Wait must be whole minutes" })
    .min(1, { error: "Wait at least 1 minute before the next level" })
    .max(POLICY_LIMITS.maxWaitMinutes, { error: `Wait at most ${POLICY_LIMITS.maxWaitMinutes} minutes` }),
  targets: z
    .array(ZEscalationTarget, { error: "Targets must be a list" })
    .min(1, { error: "Each level needs at least one person, role or channel" })
    .max(POLICY_LIMITS.maxTargets, { error: `A level can have at most ${POLICY_LIMITS.maxTargets} targets` }),
});

export const ZEscalationPolicyInput = z.object({
  channelIds: z.array(z.uuid({ error: "Channel ids are UUIDs" })).max(POLICY_LIMITS.maxChannels).default([]),
  levels: z
    .array(ZEscalationLevel, { error: "Levels must be a list" })
    .min(1, { error: "Add at least one level: who is notified first" })
    .max(POLICY_LIMITS.maxLevels, { error: `A policy can have at most ${POLICY_LIMITS.maxLevels} levels` }),
  repeat: z
    .number({ error: "Repeat must be a number" })
    .int({ error: "Repeat must be a whole number" })
    .min(0, { error: "Repeat cannot be negative" })
    .max(POLICY_LIMITS.maxRepeat, { error: `Repeat at most ${POLICY_LIMITS.maxRepeat} times` })
    .default(0),
});

export type TEscalationTarget = z.infer<typeof ZEscalationTarget>;
export type TEscalationLevel = z.infer<typeof ZEscalationLevel>;
export type TEscalationPolicyInput = z.input<typeof ZEscalationPolicyInput>;
export type TEscalationPolicy = z.infer<typeof ZEscalationPolicyInput>;

/** A level with hand-overs resolved: only people, roles and channels. */
export type ResolvedTarget = Exclude<TEscalationTarget, { type: "policy" }>;
export type ResolvedLevel = { waitMinutes: number; targets: ResolvedTarget[]; fromSeverity: string };

export type PolicyProblem = { message: string; path: (string | number)[] };

export function targetKey(target: TEscalationTarget): string {
  switch (target.type) {
    case "user":
      return `user:${target.userId}`;
    case "role":
      return `role:${target.role}`;
    case "channel":
      return `channel:${target.channelId}`;
    case "policy":
      return `policy:${target.severityKey}`;
  }
}

export type TargetNames = { user: (id: string) => string; channel: (id: string) => string };

export function describeTarget(target: TEscalationTarget, names: TargetNames): string {
  switch (target.type) {
    case "user":
      return names.user(target.userId);
    case "role":
      return `the ${ROLE_LABELS[target.role as IncidentRoleKind]}`;
    case "channel":
      return names.channel(target.channelId);
    case "policy":
      return `${target.severityKey}'s policy`;
  }
}

// Rules that span levels, each with a message naming the level at fault.
export function findPolicyProblems(severityKey: string, policy: TEscalationPolicy, names: TargetNames): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  policy.levels.forEach((level, i) => {
    const seen = new Set<string>();
    level.targets.forEach((target, j) => {
      const key = targetKey(target);
      if (seen.has(key)) {
        problems.push({ message: `Level ${i + 1} lists ${describeTarget(target, names)} twice`, path: ["levels", i, "targets", j] });
      }
      seen.add(key);
      if (target.type === "policy") {
        if (target.severityKey === severityKey) {
          problems.push({ message: `Level ${i + 1} hands over to ${severityKey}'s own policy: that would loop forever`, path: ["levels", i, "targets", j] });
        }
        if (level.targets.length > 1 || i !== policy.levels.length - 1) {
          problems.push({
            message: `Level ${i + 1}: a hand-over to another severity's policy must be the only target of the last level`,
            path: ["levels", i, "targets", j],
          });
        }
      }
    });
  });
  const channelSeen = new Set<string>();
  policy.channelIds.forEach((id, i) => {
    if (channelSeen.has(id)) problems.push({ message: `${names.channel(id)} is listed twice in the channels`, path: ["channelIds", i] });
    channelSeen.add(id);
  });
  return problems;
}

export type PolicyLookup = (severityKey: string) => TEscalationPolicy | undefined;

export type ExpandResult = { ok: true; levels: ResolvedLevel[] } | { ok: false; message: string };

// Follows hand-overs to other severities' policies. A chain that comes back
// to a severity already on it is a loop and is refused with the whole chain
// named, so the admin sees which policies to change.
export function expandLevels(severityKey: string, lookup: PolicyLookup, chain: string[] = []): ExpandResult {
  if (chain.includes(severityKey)) {
    return { ok: false, message: `Escalation loops: ${[...chain, severityKey].join(" → ")}. Remove one of the hand-overs.` };
  }
  const policy = lookup(severityKey);
  if (!policy) {
    if (chain.length === 0) return { ok: true, levels: [] };
    return { ok: false, message: `${chain[chain.length - 1]} hands over to ${severityKey}, which has no escalation policy` };
  }
  const levels: ResolvedLevel[] = [];
  for (const level of policy.levels) {
    const handover = level.targets.find((target) => target.type === "policy");
    if (handover && handover.type === "policy") {
      const next = expandLevels(handover.severityKey, lookup, [...chain, severityKey]);
      if (!next.ok) return next;
      levels.push(...next.levels);
      continue;
    }
    levels.push({ waitMinutes: level.waitMinutes, targets: level.targets as ResolvedTarget[], fromSeverity: severityKey });
  }
  return { ok: true, levels };
}
