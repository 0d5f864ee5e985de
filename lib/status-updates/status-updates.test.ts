import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { getExecutiveOverview } from "@/lib/status-page/get-executive-overview";
import { postStatusUpdate } from "@/lib/status-updates/post-status-update";
import { makeTestSeverity } from "@/test/helpers/severities";
import { actorFor, makeUser } from "@/test/helpers/users";

async function declare(restricted = false) {
  const lead = await makeUser("LEAD");
  const incident = await declareIncident(lead, actorFor(lead), { title: `Status test ${crypto.randomUUID()}`, severity: "SEV1", category: "container_compromise", restricted });
  return { lead, incident };
}

describe("status updates", () => {
  it("lets the lead post an internal update that resets the update clock, on the timeline", async () => {
    const { lead, incident } = await declare();
    await postStatusUpdate(lead, actorFor(lead), incident.id, { audience: "internal", phase: "investigating", body: "Payments checkout is degraded.", businessImpact: "Checkout slower for EU customers" });
    const stored = await db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { lastUpdateAt: true, businessImpact: true } });
    expect(stored.lastUpdateAt).toBeInstanceOf(Date);
    expect(stored.businessImpact).toBe("Checkout slower for EU customers");
    expect(await db.timelineEvent.count({ where: { incidentId: incident.id, type: "status_update" } })).toBe(1);
    expect(await db.auditEntry.count({ where: { targetId: incident.id, action: "incident.status_update" } })).toBe(1);
  });

  it("keeps public updates for published incidents only, and refuses people without the comms or lead role", async () => {
    const { lead, incident } = await declare();
    await expect(postStatusUpdate(lead, actorFor(lead), incident.id, { audience: "public", phase: "investigating", body: "We are looking into it." })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.statusUpdate.count({ where: { incidentId: incident.id } })).toBe(0);
    const responder = await makeUser("RESPONDER");
    await expect(postStatusUpdate(responder, actorFor(responder), incident.id, { audience: "internal", phase: "investigating", body: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const restricted = await declare(true);
    await expect(
      postStatusUpdate(responder, actorFor(responder), restricted.incident.id, { audience: "internal", phase: "investigating", body: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(postStatusUpdate(lead, actorFor(lead), incident.id, { audience: "internal", phase: "investigating", body: "x".repeat(5001) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("shows executives the latest internal update and never a restricted incident", async () => {
    const { lead, incident } = await declare();
    const hidden = await declare(true);
    await postStatusUpdate(lead, actorFor(lead), incident.id, { audience: "internal", phase: "contained", body: "Internal wording" });
    const exec = await makeUser("EXECUTIVE");
    const overview = await getExecutiveOverview(exec);
    const card = overview.open.find((c) => c.id === incident.id);
    expect(card?.latestUpdate?.body).toBe("Internal wording");
    expect(card?.severity).toBe("SEV1 — critical");
    expect(overview.open.some((c) => c.id === hidden.incident.id)).toBe(false);
  });
});

describe("trends", () => {
  it("counts open incidents per severity per week and leaves drills out", async () => {
    const { getTrends } = await import("@/lib/status-page/get-trends");
    // A severity of this test's own, so parallel tests cannot change the count.
    const { key } = await makeTestSeverity();
    const lead = await makeUser("LEAD");
    await declareIncident(lead, actorFor(lead), { title: "Trend real", severity: key, category: "other" });
    await declareIncident(lead, actorFor(lead), { title: "Trend drill", severity: key, category: "other", drill: true });
    const trends = await getTrends(await makeUser("ADMIN"));
    // Open this week: the real incident, not the drill.
    expect(trends.weekly.at(-1)!.open[key]).toBe(1);
    expect(trends.severities).toContain(key);
    expect(trends.weekly).toHaveLength(12);
  });
});
