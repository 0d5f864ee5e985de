import "server-only";
import { db } from "@/lib/db";
import { uptimeBars, type ComponentState } from "@/lib/rules/public-status/component-state";
import { ACTIVE_PUBLIC_STATUSES, recordEffectiveStates } from "./effective-states";

const HISTORY_DAYS = 90;

// Everything the public page shows, selected field by field: public titles
// and public updates only. Internal updates, people, restricted or
// unpublished incidents, clusters and evidence are never read here.
export async function buildPublicSnapshot(now = new Date()) {
  const since = new Date(now.getTime() - HISTORY_DAYS * 24 * 60 * 60_000);
  const components = await recordEffectiveStates(db, now);
  const [changes, published, maintenance] = await Promise.all([
    db.componentStateChange.findMany({ where: { at: { gte: new Date(since.getTime() - 365 * 24 * 60 * 60_000) } }, orderBy: { id: "asc" }, select: { componentId: true, state: true, at: true } }),
    db.incident.findMany({
      where: { publishedAt: { not: null }, restricted: false, drill: false, OR: [{ status: { in: [...ACTIVE_PUBLIC_STATUSES] } }, { publishedAt: { gte: since } }] },
      orderBy: { publishedAt: "desc" },
      take: 200,
      select: {
        id: true,
        publicTitle: true,
        status: true,
        publishedAt: true,
        componentImpacts: { select: { componentId: true, state: true } },
        statusUpdates: { where: { audience: "public" }, orderBy: { createdAt: "desc" }, select: { id: true, phase: true, body: true, createdAt: true } },
      },
    }),
    db.maintenanceWindow.findMany({ where: { endsAt: { gte: now } }, orderBy: { startsAt: "asc" }, take: 20, select: { id: true, title: true, description: true, componentIds: true, startsAt: true, endsAt: true } }),
  ]);
  const names = new Map(components.map((c) => [c.id, c.name]));
  const incidents = published.map((incident) => ({
    id: incident.id,
    title: incident.publicTitle ?? "Service incident",
    active: (ACTIVE_PUBLIC_STATUSES as readonly string[]).includes(incident.status),
    publishedAt: incident.publishedAt!,
    components: incident.componentImpacts.map((impact) => ({ name: names.get(impact.componentId) ?? "", state: impact.state as ComponentState })),
    updates: incident.statusUpdates.map(({ id, phase, body, createdAt }) => ({ id, phase, body, at: createdAt })),
  }));
  return {
    generatedAt: now,
    overall: components.some((c) => c.state === "major_outage" || c.state === "partial_outage") ? "outage" : components.some((c) => c.state !== "operational") ? "degraded" : "operational",
    components: components.map((component) => ({
      name: component.name,
      description: component.description,
      state: component.state,
      uptime: uptimeBars(changes.filter((c) => c.componentId === component.id).map((c) => ({ state: c.state as ComponentState, at: c.at })), now, HISTORY_DAYS),
    })),
    activeIncidents: incidents.filter((incident) => incident.active),
    history: incidents.filter((incident) => !incident.active),
    maintenance: maintenance.map((window) => ({ ...window, components: window.componentIds.map((id) => names.get(id)).filter(Boolean) as string[] })),
  };
}

export type PublicSnapshot = Awaited<ReturnType<typeof buildPublicSnapshot>>;
