import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { transaction, type Tx } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { lockIncident } from "@/lib/incidents/lock-incident";
import { recordIncidentChange } from "@/lib/incidents/record-change";
import { suggestFrameworks } from "@/lib/rules/regulations/suggest-frameworks";
import { parseInput } from "@/lib/validation";
import { listCatalog, loadFramework } from "./catalog-store";
import { loadCurrentTriggers } from "./current-triggers";
import { ZFrameworkDecisionInput, type TApplicabilityAnswers, type TFrameworkDecisionInput } from "./schemas";
import { storeObligations } from "./store-obligations";
import { answersFromTags, categoryOf } from "./tag-hints";

type Decider = Pick<SessionUser, "id">;

// Accepting a framework creates every one of its obligations from the
// triggers recorded so far; those still awaiting a trigger show what they wait for.
export async function acceptFrameworkInTx(tx: Tx, actor: Actor, decider: Decider, incidentId: string, key: string, now: Date) {
  const { definition, version } = await loadFramework(tx, key);
  const row = await tx.incidentFramework.findUnique({ where: { incidentId_frameworkKey: { incidentId, frameworkKey: key } }, select: { status: true } });
  if (row?.status === "accepted") throw conflict(`${definition.name} is already accepted; re-apply the catalog to recompute its clocks`);
  const decision = { status: "accepted", reason: null, decidedById: decider.id, decidedAt: now, catalogVersion: version };
  await tx.incidentFramework.upsert({
    where: { incidentId_frameworkKey: { incidentId, frameworkKey: key } },
    create: { incidentId, frameworkKey: key, ...decision },
    update: decision,
    select: { frameworkKey: true },
  });
  const dueChanges = await storeObligations(tx, incidentId, definition, version, await loadCurrentTriggers(tx, incidentId));
  await recordIncidentChange(tx, actor, incidentId, {
    type: "framework_accepted",
    isKey: true,
    data: { framework: key, name: definition.name, catalogVersion: version, previously: row?.status ?? null, obligations: dueChanges },
  });
  return { framework: key, status: "accepted" as const, catalogVersion: version, obligations: dueChanges };
}

async function dismissFramework(tx: Tx, actor: Actor, decider: Decider, incidentId: string, key: string, reason: string, now: Date) {
  const { definition, version } = await loadFramework(tx, key);
  const row = await tx.incidentFramework.findUnique({ where: { incidentId_frameworkKey: { incidentId, frameworkKey: key } }, select: { status: true } });
  if (row?.status === "accepted") {
    throw conflict(`${definition.name} is already accepted and its clocks are running; mark each obligation not applicable, with a reason, instead`);
  }
  if (row?.status === "dismissed") throw conflict(`${definition.name} is already dismissed`);
  const decision = { status: "dismissed", reason, decidedById: decider.id, decidedAt: now, catalogVersion: version };
  await tx.incidentFramework.upsert({
    where: { incidentId_frameworkKey: { incidentId, frameworkKey: key } },
    create: { incidentId, frameworkKey: key, ...decision },
    update: decision,
    select: { frameworkKey: true },
  });
  await recordIncidentChange(tx, actor, incidentId, { type: "framework_dismissed", data: { framework: key, name: definition.name, reason } });
  return { framework: key, status: "dismissed" as const, reason };
}

// The "what applies?" helper: the answers (over the hints from tags) go
// through suggestFrameworks; new suggestions are stored for someone to
// confirm or dismiss. Decided frameworks keep their decision.
async function storeSuggestions(tx: Tx, actor: Actor, incidentId: string, answers: TApplicabilityAnswers) {
  const incident = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { category: true, tags: true } });
  const catalog = new Map((await listCatalog(tx)).map((entry) => [entry.key, entry]));
  const suggestions = suggestFrameworks({ ...answersFromTags(incident.tags), ...answers }, categoryOf(incident.category), incident.tags).filter((s) => catalog.has(s.framework));
  const decided = await tx.incidentFramework.findMany({ where: { incidentId }, select: { frameworkKey: true, status: true } });
  const statusOf = new Map(decided.map((row) => [row.frameworkKey, row.status]));
  const added: string[] = [];
  for (const suggestion of suggestions) {
    if (statusOf.has(suggestion.framework)) continue;
    await tx.incidentFramework.create({
      data: { incidentId, frameworkKey: suggestion.framework, status: "suggested", reason: suggestion.reason, catalogVersion: catalog.get(suggestion.framework)!.version },
      select: { frameworkKey: true },
    });
    added.push(suggestion.framework);
  }
  await recordIncidentChange(tx, actor, incidentId, { type: "frameworks_suggested", data: { answers, suggested: suggestions.map((s) => s.framework), added } });
  return { suggestions: suggestions.map((s) => ({ ...s, status: statusOf.get(s.framework) ?? "suggested" })) };
}

// Which frameworks apply to an incident: suggested by the helper, then
// confirmed or dismissed (with a reason) by a person.
export async function decideFramework(user: SessionUser, actor: Actor, incidentId: string, input: TFrameworkDecisionInput) {
  const data = parseInput(ZFrameworkDecisionInput, input);
  const now = new Date();
  return transaction(async (tx) => {
    await lockIncident(tx, user, incidentId);
    switch (data.action) {
      case "suggest":
        return storeSuggestions(tx, actor, incidentId, data.answers);
      case "accept":
        return acceptFrameworkInTx(tx, actor, user, incidentId, data.framework, now);
      case "dismiss":
        return dismissFramework(tx, actor, user, incidentId, data.framework, data.reason, now);
    }
  });
}
