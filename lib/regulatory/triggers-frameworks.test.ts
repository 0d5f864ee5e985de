import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { addParticipant } from "@/lib/incidents/add-participant";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { applyFramework } from "@/lib/regulatory/apply-framework";
import { decideFramework } from "@/lib/regulatory/decide-framework";
import { getIncidentDeadlines } from "@/lib/regulatory/get-incident-deadlines";
import { listDeadlines, type DeadlineList } from "@/lib/regulatory/list-deadlines";
import { recordTrigger } from "@/lib/regulatory/record-trigger";
import type { TDeadlinesQuery } from "@/lib/regulatory/schemas";
import { updateObligation } from "@/lib/regulatory/update-obligation";
import { declareAs, expectAppError, expectRecorded, recordOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

async function snapshot(incidentId: string) {
  const [record, triggers, frameworks, obligations] = await Promise.all([
    recordOf(incidentId),
    db.incidentTrigger.findMany({ where: { incidentId }, orderBy: { id: "asc" } }),
    db.incidentFramework.findMany({ where: { incidentId }, orderBy: { frameworkKey: "asc" } }),
    db.incidentObligation.findMany({ where: { incidentId }, orderBy: { id: "asc" } }),
  ]);
  return { record, triggers, frameworks, obligations };
}

// The Deadlines list, every page of it: other tests' obligations share it.
async function allDeadlines(user: SessionUser, query: TDeadlinesQuery) {
  const found: DeadlineList["deadlines"] = [];
  let cursor: string | null = null;
  do {
    const page: DeadlineList = await listDeadlines(user, { ...query, ...(cursor ? { cursor } : {}) });
    found.push(...page.deadlines);
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}

describe("recording triggers", () => {
  it("refuses future, malformed and zone-less times and unknown triggers with clear messages, changing nothing", async () => {
    const lead = await makeUser("LEAD");
    const incident = await declareAs(lead, { category: "data_exposure" });
    await recordTrigger(lead, actorFor(lead), incident.id, { trigger: "AWARE", at: new Date(Date.now() - 60_000).toISOString() });
    await applyFramework(lead, actorFor(lead), incident.id, { framework: "GDPR_ART33" });
    const before = await snapshot(incident.id);
    const inTenMinutes = new Date(Date.now() + 10 * 60_000).toISOString();
    const cases: [unknown, RegExp][] = [
      [{ trigger: "DISCOVERED", at: inTenMinutes }, /Breach discovered cannot be in the future/],
      [{ trigger: "DISCOVERED", at: "2026-11-20T10:00:00" }, /at: "2026-11-20T10:00:00" has no time zone: add Z for UTC or an offset/],
      [{ trigger: "DISCOVERED", at: "20/11/2026 10:00" }, /at: "20\/11\/2026 10:00" is not a valid time/],
      [{ trigger: "DISCOVERED", at: "2026-11-31T10:00:00Z" }, /is not a valid time/],
      [{ trigger: "DISCOVERED", at: 1_764_000_000_000 }, /at: Use an ISO 8601 time with a zone/],
      [{ trigger: "BECAME_AWARE", at: "2026-11-20T10:00:00Z" }, /trigger: Trigger must be one of AWARE/],
      [{ trigger: "AWARE", at: "2026-11-20T10:00:00Z" }, /already recorded; say why it is being corrected/],
    ];
    for (const [input, message] of cases) {
      await expectAppError(recordTrigger(lead, actorFor(lead), incident.id, input as never), "BAD_REQUEST", message);
    }
    expect(await snapshot(incident.id)).toEqual(before);
    // A clock a few minutes fast is tolerated.
    await recordTrigger(lead, actorFor(lead), incident.id, { trigger: "DISCOVERED", at: new Date(Date.now() + 2 * 60_000).toISOString() });
  });
});

describe("which frameworks apply", () => {
  it("suggests from category and tags, stores the helper's suggestions, and needs a reason to dismiss", async () => {
    const lead = await makeUser("LEAD");
    const incident = await declareAs(lead, { category: "data_exposure", tags: ["gdpr", "pci"] });
    let view = await getIncidentDeadlines(lead, incident.id);
    // The data-exposure playbook's frameworks (GDPR_ART33, NIS2_ART23) are stored as suggestions on declaration.
    expect(view.frameworks.map((f) => [f.key, f.status])).toEqual([
      ["GDPR_ART33", "suggested"],
      ["NIS2_ART23", "suggested"],
      ["GDPR_ART34", "suggested"],
      ["PCI_VISA", "suggested"],
    ]);

    const result = await decideFramework(lead, actorFor(lead), incident.id, { action: "suggest", answers: { personalData: true, euResidents: true, listedCompanyUS: true, essentialOrImportantEntityEU: true } });
    expect(result).toMatchObject({ suggestions: expect.arrayContaining([expect.objectContaining({ framework: "SEC_8K_105", status: "suggested" })]) });
    const { data } = await expectRecorded(incident.id, "frameworks_suggested", lead);
    expect(data.suggested).toEqual(["GDPR_ART33", "GDPR_ART34", "NIS2_ART23", "SEC_8K_105", "PCI_VISA"]);
    expect(data.added).toEqual(["GDPR_ART34", "SEC_8K_105", "PCI_VISA"]);

    await expectAppError(decideFramework(lead, actorFor(lead), incident.id, { action: "dismiss", framework: "SEC_8K_105" } as never), "BAD_REQUEST", /reason/);
    await decideFramework(lead, actorFor(lead), incident.id, { action: "dismiss", framework: "SEC_8K_105", reason: "The affected subsidiary is not listed" });
    await decideFramework(lead, actorFor(lead), incident.id, { action: "accept", framework: "GDPR_ART33" });
    await expectAppError(decideFramework(lead, actorFor(lead), incident.id, { action: "dismiss", framework: "GDPR_ART33", reason: "changed my mind" }), "CONFLICT", /not applicable, with a reason, instead/);
    await expectAppError(decideFramework(lead, actorFor(lead), incident.id, { action: "dismiss", framework: "SEC_8K_105", reason: "again" }), "CONFLICT", /already dismissed/);

    view = await getIncidentDeadlines(lead, incident.id);
    const byKey = Object.fromEntries(view.frameworks.map((f) => [f.key, f]));
    expect(byKey.SEC_8K_105).toMatchObject({ status: "dismissed", reason: "The affected subsidiary is not listed", decidedBy: lead.name });
    expect(byKey.GDPR_ART33).toMatchObject({ status: "accepted", decidedBy: lead.name, catalogChanged: false });
    expect(byKey.NIS2_ART23).toMatchObject({ status: "suggested", reason: expect.stringContaining("Data exposure playbook") });
    expect(view.obligations.map((o) => [o.frameworkKey, o.obligationKey, o.status, o.dueAt])).toEqual([["GDPR_ART33", "notify_authority", "pending", null]]);
  });
});

describe("restricted incidents", () => {
  it("are 'not found' to outsiders for every deadline read and write, and absent from their Deadlines page", async () => {
    const lead = await makeUser("LEAD");
    const outsider = await makeUser("LEAD");
    const insider = await makeUser("RESPONDER");
    const secret = await declareAs(lead, { category: "data_exposure", restricted: true });
    await addParticipant(lead, actorFor(lead), secret.id, { userId: insider.id });
    await recordTrigger(lead, actorFor(lead), secret.id, { trigger: "AWARE", at: new Date(Date.now() - 3_600_000).toISOString() });
    await applyFramework(lead, actorFor(lead), secret.id, { framework: "GDPR_ART33" });
    const obligation = await db.incidentObligation.findFirstOrThrow({ where: { incidentId: secret.id }, select: { id: true } });
    const before = await snapshot(secret.id);

    const actor = actorFor(outsider);
    const attempts: (() => Promise<unknown>)[] = [
      () => getIncidentDeadlines(outsider, secret.id),
      () => recordTrigger(outsider, actor, secret.id, { trigger: "DISCOVERED", at: new Date().toISOString() }),
      () => decideFramework(outsider, actor, secret.id, { action: "accept", framework: "NIS2_ART23" }),
      () => applyFramework(outsider, actor, secret.id, { action: "reapply" }),
      () => updateObligation(outsider, actor, secret.id, obligation.id, { action: "submit", reference: "x" }),
    ];
    for (const attempt of attempts) {
      const error = await expectAppError(attempt(), "NOT_FOUND", "Incident not found");
      expect(error.message).not.toMatch(/restricted|forbid/i);
    }
    expect(await snapshot(secret.id)).toEqual(before);
    expect((await allDeadlines(outsider, { show: "all" })).some((d) => d.incident.id === secret.id)).toBe(false);

    const insiderList = await allDeadlines(insider, { framework: "GDPR_ART33" });
    expect(insiderList.find((d) => d.incident.id === secret.id)).toMatchObject({ status: "pending", incident: { restricted: true } });
    expect((await getIncidentDeadlines(insider, secret.id)).obligations).toHaveLength(1);
  });

  it("the Deadlines page lists soonest first, filters by framework and leaves out closed incidents and filed obligations", async () => {
    const lead = await makeUser("LEAD");
    const early = await declareAs(lead, { category: "data_exposure" });
    const late = await declareAs(lead, { category: "data_exposure" });
    for (const [incident, hoursAgo] of [[early, 70], [late, 2]] as const) {
      await recordTrigger(lead, actorFor(lead), incident.id, { trigger: "AWARE", at: new Date(Date.now() - hoursAgo * 3_600_000).toISOString() });
      await applyFramework(lead, actorFor(lead), incident.id, { framework: "UK_GDPR_ART33" });
    }
    const mine = async (query: TDeadlinesQuery) => (await allDeadlines(lead, query)).filter((d) => d.incident.id === early.id || d.incident.id === late.id);
    const list = await mine({ framework: "UK_GDPR_ART33" });
    expect(list.map((d) => [d.incident.id, d.status])).toEqual([[early.id, "due_soon"], [late.id, "pending"]]);
    expect(await mine({ framework: "GDPR_ART33" })).toEqual([]);

    const obligation = await db.incidentObligation.findFirstOrThrow({ where: { incidentId: early.id }, select: { id: true } });
    await updateObligation(lead, actorFor(lead), early.id, obligation.id, { action: "submit", reference: "ICO-1" });
    expect((await mine({})).map((d) => d.incident.id)).toEqual([late.id]);
    expect((await mine({ show: "all" })).map((d) => [d.incident.id, d.status])).toEqual([[early.id, "submitted"], [late.id, "pending"]]);
    // Closing needs the late one's obligation settled; once closed, even
    // "show all" leaves the incident out.
    const lateObligation = await db.incidentObligation.findFirstOrThrow({ where: { incidentId: late.id }, select: { id: true } });
    await updateObligation(lead, actorFor(lead), late.id, lateObligation.id, { action: "not_applicable", reason: "Not a breach after all" });
    expect((await mine({ show: "all" })).map((d) => [d.incident.id, d.status])).toEqual([[early.id, "submitted"], [late.id, "not_applicable"]]);
    await transitionIncident(lead, actorFor(lead), late.id, { to: "CLOSED", reason: "Not a breach after all" });
    expect((await mine({ show: "all" })).map((d) => d.incident.id)).toEqual([early.id]);
  });
});
