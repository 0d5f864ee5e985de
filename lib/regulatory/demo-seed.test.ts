import { describe, expect, it } from "vitest";
import { getIncidentDeadlines } from "@/lib/regulatory/get-incident-deadlines";
import { seedDemoDeadlines } from "@/prisma/seed/demo-deadlines";
import { declareAs } from "@/test/helpers/incidents";
import { makeUser } from "@/test/helpers/users";

describe("demo deadlines", () => {
  it("leave the restricted exposure with ~42 h on its GDPR clock and something filed on the leak", async () => {
    const [admin, lead, responder, exec, auditor] = await Promise.all((["ADMIN", "LEAD", "RESPONDER", "EXECUTIVE", "AUDITOR"] as const).map((role) => makeUser(role)));
    const people = { admin: admin!, lead: lead!, responder: responder!, exec: exec!, auditor: auditor! };
    const exposure = await declareAs(people.lead, { category: "data_exposure", restricted: true, severity: "SEV2", tags: ["gdpr"] });
    const leak = await declareAs(people.lead, { category: "credential_compromise", severity: "SEV2" });
    const miner = await declareAs(people.lead, { category: "container_compromise" });
    await seedDemoDeadlines(people, { exposureId: exposure.id, leakId: leak.id, minerId: miner.id });
    // After seeding: the seed counts its "30 hours ago" from its own clock.
    const now = new Date();

    const view = await getIncidentDeadlines(people.lead, exposure.id, now);
    const gdpr = view.obligations.find((o) => o.frameworkKey === "GDPR_ART33")!;
    const hoursLeft = (gdpr.effectiveDueAt!.getTime() - now.getTime()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(41.9);
    expect(hoursLeft).toBeLessThanOrEqual(42);
    expect(gdpr.status).toBe("pending");
    expect(view.obligations.find((o) => o.obligationKey === "early_warning")).toMatchObject({ status: "submitted", submissionReference: "CERT-EU-EW-2026-0193" });
    expect(view.frameworks.find((f) => f.key === "US_CA_1798_82")).toMatchObject({ status: "suggested" });

    const leakView = await getIncidentDeadlines(people.lead, leak.id, now);
    expect(leakView.obligations.map((o) => [o.frameworkKey, o.status])).toEqual([["CERT_IN", "submitted"]]);
  });
});
