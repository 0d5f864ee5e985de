import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { ZEscalationPolicyInput, expandLevels, type ResolvedLevel, type TEscalationPolicy } from "../rules/escalation-policy";

export async function loadEscalationPolicies(client: Tx | typeof db): Promise<Map<string, TEscalationPolicy>> {
  const rows = await client.escalationPolicy.findMany({ select: { severityKey: true, channelIds: true, levels: true, repeat: true } });
  const policies = new Map<string, TEscalationPolicy>();
  for (const row of rows) {
    const parsed = ZEscalationPolicyInput.safeParse({ channelIds: row.channelIds, levels: row.levels, repeat: row.repeat });
    if (parsed.success) policies.set(row.severityKey, parsed.data);
  }
  return policies;
}

export type EffectivePolicy = { configured: boolean; channelIds: string[]; levels: ResolvedLevel[]; repeat: number };

// The severity's policy with hand-overs followed. Saving refuses loops, so a
// failure here means the data changed underneath; notifying the channels
// still beats notifying nobody.
export async function effectivePolicy(client: Tx | typeof db, severityKey: string): Promise<EffectivePolicy> {
  const policies = await loadEscalationPolicies(client);
  const policy = policies.get(severityKey);
  if (!policy) return { configured: false, channelIds: [], levels: [], repeat: 0 };
  const expanded = expandLevels(severityKey, (key) => policies.get(key));
  return { configured: true, channelIds: policy.channelIds, levels: expanded.ok ? expanded.levels : [], repeat: policy.repeat };
}
