import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/incidents/incident-id";
import { visibleIncidents } from "@/lib/incidents/visibility";
import { suggestFrameworks } from "@/lib/rules/regulations/suggest-frameworks";
import { TRIGGERS, type TriggerKey } from "@/lib/rules/regulations/triggers";
import type { Framework } from "@/lib/rules/regulations/types";
import { listCatalog } from "./catalog-store";
import { compareByDue, namesOf, OBLIGATION_VIEW_SELECT, toObligationView } from "./obligation-view";
import { answersFromTags, categoryOf } from "./tag-hints";

// Everything the war room's Deadlines panel shows for one incident, or
// "not found" when the user may not see the incident.
export async function getIncidentDeadlines(user: SessionUser, incidentId: string, now = new Date()) {
  if (!isUuid(incidentId)) throw notFound("Incident");
  const incident = await db.incident.findFirst({ where: { id: incidentId, ...visibleIncidents(user) }, select: { id: true, category: true, tags: true, status: true } });
  if (!incident) throw notFound("Incident");
  const [triggerRows, frameworkRows, obligationRows, catalogEntries] = await Promise.all([
    db.incidentTrigger.findMany({
      where: { incidentId },
      orderBy: [{ recordedAt: "desc" }, { id: "asc" }],
      select: { id: true, trigger: true, at: true, recordedBy: true, recordedAt: true, reason: true, supersededAt: true },
    }),
    db.incidentFramework.findMany({
      where: { incidentId },
      orderBy: { frameworkKey: "asc" },
      select: { frameworkKey: true, status: true, reason: true, decidedById: true, decidedAt: true, catalogVersion: true },
    }),
    db.incidentObligation.findMany({ where: { incidentId }, select: OBLIGATION_VIEW_SELECT }),
    listCatalog(db),
  ]);
  const catalog = new Map<string, Framework>(catalogEntries.map((entry) => [entry.key, entry.definition]));
  const versions = new Map(catalogEntries.map((entry) => [entry.key, entry.version]));
  const names = await namesOf([
    ...frameworkRows.map((f) => f.decidedById),
    ...obligationRows.flatMap((o) => [o.submittedById, o.notApplicableById]),
  ]);

  const frameworks = frameworkRows.map((row) => {
    const currentVersion = versions.get(row.frameworkKey) ?? row.catalogVersion;
    return {
      key: row.frameworkKey,
      name: catalog.get(row.frameworkKey)?.name ?? row.frameworkKey,
      jurisdiction: catalog.get(row.frameworkKey)?.jurisdiction ?? "",
      inForce: catalog.get(row.frameworkKey)?.inForce ?? true,
      status: row.status as "suggested" | "accepted" | "dismissed",
      reason: row.reason,
      decidedBy: row.decidedById ? (names.get(row.decidedById) ?? "unknown user") : null,
      decidedAt: row.decidedAt,
      catalogVersion: row.catalogVersion,
      currentVersion,
      catalogChanged: row.status === "accepted" && currentVersion > row.catalogVersion,
    };
  });
  // Suggestions from the category and tags alone, until someone decides.
  const decided = new Set(frameworks.map((f) => f.key));
  for (const suggestion of suggestFrameworks(answersFromTags(incident.tags), categoryOf(incident.category), incident.tags)) {
    const framework = catalog.get(suggestion.framework);
    if (!framework || decided.has(suggestion.framework)) continue;
    frameworks.push({
      key: suggestion.framework, name: framework.name, jurisdiction: framework.jurisdiction, inForce: framework.inForce, status: "suggested", reason: suggestion.reason,
      decidedBy: null, decidedAt: null, catalogVersion: versions.get(suggestion.framework) ?? 1, currentVersion: versions.get(suggestion.framework) ?? 1, catalogChanged: false,
    });
  }

  const withLabel = (row: (typeof triggerRows)[number]) => ({ ...row, label: TRIGGERS[row.trigger as TriggerKey]?.label ?? row.trigger });
  return {
    incidentId,
    incidentStatus: incident.status,
    now,
    triggers: triggerRows.filter((t) => !t.supersededAt).map(withLabel),
    triggerHistory: triggerRows.filter((t) => t.supersededAt).map(withLabel),
    frameworks,
    catalogChanged: frameworks.some((f) => f.catalogChanged),
    obligations: obligationRows.map((row) => toObligationView(row, catalog, names, now)).sort(compareByDue),
  };
}

export type IncidentDeadlines = Awaited<ReturnType<typeof getIncidentDeadlines>>;
