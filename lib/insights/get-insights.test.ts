import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { acknowledgeIncident } from "@/lib/incidents/acknowledge-incident";
import { declareAs, expectAppError } from "@/test/helpers/incidents";
import { makeTestSeverity } from "@/test/helpers/severities";
import { actorFor, makeUser } from "@/test/helpers/users";
import { getInsights } from "./get-insights";

// Each test reads only its own severity, so figures from the rest of the
// shared database never enter the counts.
async function scene() {
  const severity = await makeTestSeverity({ acknowledgeWithinMinutes: 30 });
  const [lead, otherLead, responder, admin, auditor, executive] = await Promise.all([
    makeUser("LEAD"), makeUser("LEAD"), makeUser("RESPONDER"), makeUser("ADMIN"), makeUser("AUDITOR"), makeUser("EXECUTIVE"),
  ]);
  const declare = (user: SessionUser, extra: { restricted?: boolean; drill?: boolean } = {}) => declareAs(user, { severity: severity.key, ...extra });
  const open = await declare(lead);
  const restrictedOwn = await declare(lead, { restricted: true });
  const restrictedOther = await declare(otherLead, { restricted: true });
  const drill = await declare(lead, { drill: true });
  return { severity, lead, otherLead, responder, admin, auditor, executive, open, restrictedOwn, restrictedOther, drill };
}

describe("insights", () => {
  it("counts restricted incidents only for those who may see them, and keeps drills apart", async () => {
    const s = await scene();
    const count = async (user: SessionUser, drills: "exclude" | "only" = "exclude") => (await getInsights(user, { severity: s.severity.key, drills })).totals.incidents;
    expect(await count(s.responder)).toBe(1);
    expect(await count(s.executive)).toBe(1);
    expect(await count(s.lead)).toBe(2);
    expect(await count(s.otherLead)).toBe(2);
    expect(await count(s.admin)).toBe(3);
    expect(await count(s.auditor)).toBe(3);
    expect(await count(s.responder, "only")).toBe(1);
    expect(await count(s.admin, "only")).toBe(1);
  });

  it("no figure betrays a hidden incident: per-severity rows and the chart series add up to the visible count", async () => {
    const s = await scene();
    const insights = await getInsights(s.responder, { severity: s.severity.key });
    expect(insights.bySeverity).toHaveLength(1);
    expect(insights.bySeverity[0]!.incidents).toBe(1);
    expect(insights.overTime.reduce((sum, point) => sum + point.incidents, 0)).toBe(1);
  });

  it("shows a change at once: an acknowledgement moves time to acknowledge on the next read", async () => {
    const s = await scene();
    const before = await getInsights(s.admin, { severity: s.severity.key });
    expect(before.bySeverity[0]!.acknowledge.measured).toBe(0);
    expect(before.bySeverity[0]!.acknowledge.medianSeconds).toBeNull();
    await acknowledgeIncident(s.lead, actorFor(s.lead), s.open.id);
    const after = await getInsights(s.admin, { severity: s.severity.key });
    expect(after.bySeverity[0]!.acknowledge.measured).toBe(1);
    expect(after.bySeverity[0]!.acknowledge.medianSeconds).toBeGreaterThanOrEqual(0);
    expect(after.totals.acknowledgeBreaches).toBe(0);
  });

  it("computes median and p90 per severity over the metrics rows", async () => {
    const s = await scene();
    // Key times set straight in the table: the arithmetic under test is the aggregate, not the workflow.
    const ids = [s.open.id, s.restrictedOwn.id, s.restrictedOther.id];
    const minutes = [10, 20, 60];
    for (const [index, id] of ids.entries()) {
      const incident = await db.incident.findUniqueOrThrow({ where: { id }, select: { declaredAt: true } });
      await db.incident.update({ where: { id }, data: { containedAt: new Date(incident.declaredAt.getTime() + minutes[index]! * 60_000) } });
    }
    const insights = await getInsights(s.admin, { severity: s.severity.key });
    const contain = insights.bySeverity[0]!.contain;
    expect(contain.measured).toBe(3);
    expect(contain.medianSeconds).toBe(20 * 60);
    // percentile_cont: 20 + 0.8 × (60 − 20) minutes.
    expect(contain.p90Seconds).toBe(52 * 60);
  });

  it("reads whole past days from the daily rollup with the same answers, per role, and follows an incident that moves", async () => {
    const s = await scene();
    const dayStart = Date.UTC(2026, 0, 10);
    const ids = [s.open.id, s.restrictedOwn.id, s.restrictedOther.id, s.drill.id];
    for (const [index, id] of ids.entries()) {
      const declaredAt = new Date(dayStart + (index + 1) * 3_600_000);
      await db.incident.update({ where: { id }, data: { detectedAt: declaredAt, declaredAt, acknowledgedAt: new Date(declaredAt.getTime() + (index + 1) * 600_000) } });
    }
    const range = { from: "2026-01-09", to: "2026-01-12", severity: s.severity.key };
    const read = (user: SessionUser) => getInsights(user, range);
    const admin = await read(s.admin);
    expect(admin.totals.incidents).toBe(3);
    expect(admin.bySeverity[0]!.acknowledge).toEqual({ measured: 3, medianSeconds: 1200, p90Seconds: 1680 });
    expect(admin.overTime).toEqual([{ bucket: "2026-01-10", severityKey: s.severity.key, category: "other", incidents: 3 }]);
    expect((await read(s.responder)).totals.incidents).toBe(1);
    const lead = await read(s.lead);
    expect(lead.totals.incidents).toBe(2);
    expect(lead.bySeverity[0]!.acknowledge).toEqual({ measured: 2, medianSeconds: 900, p90Seconds: 1140 });
    expect((await getInsights(s.admin, { ...range, drills: "only" })).totals.incidents).toBe(1);

    // Made unrestricted, the other lead's incident now counts for the responder too.
    await db.incident.update({ where: { id: s.restrictedOther.id }, data: { restricted: false } });
    expect((await read(s.responder)).totals.incidents).toBe(2);
    expect((await read(s.admin)).totals.incidents).toBe(3);
  });

  it("answers a bad range with a named problem", async () => {
    const user = await makeUser("LEAD");
    await expectAppError(getInsights(user, { from: "2026-03-02", to: "2026-03-01" }), "BAD_REQUEST", /from .* must be before to/);
    await expectAppError(getInsights(user, { from: "2019-01-01", to: "2026-03-01" }), "BAD_REQUEST", /at most 5 years/);
    await expectAppError(getInsights(user, { drills: "include" }), "BAD_REQUEST", /drills/);
    await expectAppError(getInsights(user, { from: "yesterday" }), "BAD_REQUEST", /from must be a date/);
    await expectAppError(getInsights(user, { since: "2026-01-01" }), "BAD_REQUEST", /since/);
  });
});
