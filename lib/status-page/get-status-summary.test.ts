import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { DEFAULT_SEVERITY_POLICIES } from "@/lib/rules/incidents/severity-policy";
import { getStatusSummary } from "@/lib/status-page/get-status-summary";
import { actorFor, makeUser } from "@/test/helpers/users";

async function obligation(incidentId: string, dueAt: Date) {
  await db.incidentObligation.create({
    data: { incidentId, frameworkKey: "TEST", obligationKey: `o${crypto.randomUUID().slice(0, 8)}`, title: "Test notice", recipient: "Regulator", timeZone: "UTC", dueAt, basis: "test", catalogVersion: 1 },
  });
}

describe("the executive's line of state", () => {
  it("counts open incidents per severity without drills, and never shows a restricted incident's deadline", async () => {
    // A severity of this test's own, so parallel tests cannot change the count;
    // ranks 50–74 here, 75–99 in status-updates.test.ts, so the two never collide.
    const key = `X${Math.floor(Math.random() * 1e6)}`;
    const policy = { ...DEFAULT_SEVERITY_POLICIES[3]!, key, rank: 50 + Math.floor(Math.random() * 25), name: `${key} test` };
    await db.severity.create({ data: { key, rank: policy.rank, name: policy.name, policy: JSON.parse(JSON.stringify(policy)) } });
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
