import "server-only";
import { db } from "@/lib/db";
import { expandLevels } from "../rules/escalation-policy";
import { describePolicy, loadPolicyVocabulary } from "./describe-policy";
import { loadEscalationPolicies } from "./policy-store";

// Every severity with its policy (or none yet) and the timeline it
// produces, plus what the editor offers to choose from.
export async function listEscalationPolicies() {
  const [severities, policies, people, channels] = await Promise.all([
    db.severity.findMany({ orderBy: { rank: "asc" }, select: { key: true, name: true, rank: true } }),
    loadEscalationPolicies(db),
    db.user.findMany({ where: { deactivatedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.notifyChannel.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true, enabled: true, outOfBand: true } }),
  ]);
  const vocabulary = await loadPolicyVocabulary(db, people.map((person) => person.id));
  const rows = severities.map((severity) => {
    const policy = policies.get(severity.key) ?? null;
    const expanded = policy ? expandLevels(severity.key, (key) => policies.get(key)) : null;
    const timeline = expanded?.ok ? describePolicy(expanded.levels, policy?.repeat ?? 0, vocabulary) : [];
    return { ...severity, policy, timeline, problem: expanded && !expanded.ok ? expanded.message : null };
  });
  return { severities: rows, people, channels };
}

export type EscalationPoliciesView = Awaited<ReturnType<typeof listEscalationPolicies>>;
