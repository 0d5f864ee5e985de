import "server-only";
import type { Tx } from "@/lib/db";
import type { DrillRecord, Happening } from "@/lib/rules/drills/score-drill";

const TYPES = ["acknowledged", "status_changed", "cluster_action_requested", "evidence_added", "framework_accepted", "status_update"];

// What the team did during a drill, read from the drill incident's timeline
// so every scored item can point at the event that proves it.
export async function readDrillRecord(tx: Tx, incidentId: string, startedAt: Date, endedAt: Date, updateEveryMinutes: number): Promise<DrillRecord> {
  const events = await tx.timelineEvent.findMany({ where: { incidentId, type: { in: TYPES } }, orderBy: { id: "asc" }, select: { id: true, at: true, type: true, data: true } });
  const happening = (e: (typeof events)[number]): Happening => ({ at: e.at, eventId: e.id.toString() });
  const field = (e: (typeof events)[number], name: string) => String((e.data as Record<string, unknown>)[name] ?? "");
  const firstOf = (type: string, match: (e: (typeof events)[number]) => boolean = () => true) => {
    const found = events.find((e) => e.type === type && match(e));
    return found ? happening(found) : null;
  };
  return {
    startedAt,
    endedAt,
    updateEveryMinutes,
    acknowledged: firstOf("acknowledged"),
    contained: firstOf("status_changed", (e) => field(e, "to") === "CONTAINED"),
    // A dry-run preview changes nothing on the cluster: it is not an action taken.
    clusterActions: events.filter((e) => e.type === "cluster_action_requested" && field(e, "dryRun") !== "true").map((e) => ({ ...happening(e), action: field(e, "action") })),
    evidence: events.filter((e) => e.type === "evidence_added").map((e) => ({ ...happening(e), kind: field(e, "kind") })),
    regulationsConsidered: events.filter((e) => e.type === "framework_accepted").map((e) => ({ ...happening(e), key: field(e, "framework") })),
    statusUpdates: events.filter((e) => e.type === "status_update").map(happening),
  };
}
