import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateIncident } from "@/lib/incidents/update-incident";
import { decideFramework } from "@/lib/regulatory/decide-framework";
import { declareAs, eventsOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { getCurrentPlaybook } from "./read-playbook";

function frameworksOf(incidentId: string) {
  return db.incidentFramework.findMany({ where: { incidentId }, orderBy: { frameworkKey: "asc" }, select: { frameworkKey: true, status: true, reason: true, decidedById: true } });
}

describe("a playbook's frameworks to consider", () => {
  it("are suggested on declaration for the lead to confirm, with no clock started, and named on the timeline", async () => {
    const lead = await makeUser("LEAD");
    const playbook = await getCurrentPlaybook(db, "data_exposure");
    expect(playbook.playbook.frameworks).toEqual(["GDPR_ART33", "NIS2_ART23"]);
    const { id } = await declareAs(lead, { severity: "SEV2", category: "data_exposure" });

    const reason = `The ${playbook.playbook.name} playbook (version ${playbook.version}) asks to consider it`;
    expect(await frameworksOf(id)).toEqual([
      { frameworkKey: "GDPR_ART33", status: "suggested", reason, decidedById: null },
      { frameworkKey: "NIS2_ART23", status: "suggested", reason, decidedById: null },
    ]);
    expect(await db.incidentObligation.count({ where: { incidentId: id } })).toBe(0);
    expect(await db.incidentTrigger.count({ where: { incidentId: id } })).toBe(0);
    const [declared] = await eventsOf(id, "declared");
    expect(declared?.data).toMatchObject({ frameworksSuggested: ["GDPR_ART33", "NIS2_ART23"] });

    // Accepting one goes through the obligations flow as any suggestion does.
    await decideFramework(lead, actorFor(lead), id, { action: "accept", framework: "GDPR_ART33" });
    expect(await db.incidentObligation.count({ where: { incidentId: id, frameworkKey: "GDPR_ART33" } })).toBeGreaterThan(0);
  });

  it("never overturn a decision already taken when the playbook applies again", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV3", category: "data_exposure" });
    await decideFramework(lead, actorFor(lead), id, { action: "dismiss", framework: "NIS2_ART23", reason: "Not an essential or important entity" });
    await decideFramework(lead, actorFor(lead), id, { action: "accept", framework: "GDPR_ART33" });

    await updateIncident(lead, actorFor(lead), id, { severity: "SEV1", reason: "Customer records confirmed" });
    const statuses = Object.fromEntries((await frameworksOf(id)).map((f) => [f.frameworkKey, f.status]));
    expect(statuses).toEqual({ GDPR_ART33: "accepted", NIS2_ART23: "dismissed" });
    const [changed] = await eventsOf(id, "severity_changed");
    expect(changed?.data).toMatchObject({ frameworksSuggested: [] });
  });

  it("are suggested when a recategorised incident takes the playbook, on the record", async () => {
    const lead = await makeUser("LEAD");
    const { id } = await declareAs(lead, { severity: "SEV2", category: "container_compromise" });
    expect(await frameworksOf(id)).toEqual([]);
    await updateIncident(lead, actorFor(lead), id, { category: "data_exposure" });
    expect((await frameworksOf(id)).map((f) => [f.frameworkKey, f.status])).toEqual([["GDPR_ART33", "suggested"], ["NIS2_ART23", "suggested"]]);
    const [applied] = await eventsOf(id, "playbook_applied");
    expect(applied?.data).toMatchObject({ reason: "category_changed", frameworksSuggested: ["GDPR_ART33", "NIS2_ART23"] });
    expect(await db.incidentObligation.count({ where: { incidentId: id } })).toBe(0);
  });
});
