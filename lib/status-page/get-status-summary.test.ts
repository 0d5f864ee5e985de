import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { getStatusSummary } from "@/lib/status-page/get-status-summary";
import { makeTestSeverity } from "@/test/helpers/severities";
import { actorFor, makeUser } from "@/test/helpers/users";

async function obligation(incidentId: string, dueAt: Date) {
  await db.incidentObligation.create({
    data: { incidentId, frameworkKey: "TEST", obligationKey: `o${crypto.randomUUID().slice(0, 8)}`, title: "Test notice", recipient: "Regulator", timeZone: "UTC", dueAt, basis: "test", catalogVersion: 1 },
  });
}

describe("the executive's line of state", () => {
  it("counts open incidents per severity without drills, and never shows a restricted incident's deadline", async () => {
    // A severity of this test's own, so parallel tests cannot change the count.
    const { key } = await makeTestSeverity();
    const lead = await makeUser("LEAD");
    const visible = await declareIncident(lead, actorFor(lead), { title: "Summary visible", severity: key, category: "other" });
    const hidden = await declareIncident(lead, actorFor(lead), { title: "Summary restricted", severity: key, category: "other", restricted: true });
    await declareIncident(lead, actorFor(lead), { title: "Summary drill", severity: key, category: "other", drill: true });
    // Earlier than anything else in the test database: these are the next deadlines.
    await obligation(hidden.id, new Date("1999-01-01T00:00:00Z"));
    await obligation(visible.id, new Date("2000-01-01T00:00:00Z"));

    const exec = await makeUser("EXECUTIVE");
    const forExec = await getStatusSummary(exec);
    expect(forExec.bySeverity.find((row) => row.key === key)?.count).toBe(1);
    expect(forExec.nextDeadline).toMatchObject({ incidentId: visible.id, title: "Test notice" });

    const admin = await makeUser("ADMIN");
    const forAdmin = await getStatusSummary(admin);
    expect(forAdmin.bySeverity.find((row) => row.key === key)?.count).toBe(2);
    expect(forAdmin.nextDeadline?.incidentId).toBe(hidden.id);
  });
});
