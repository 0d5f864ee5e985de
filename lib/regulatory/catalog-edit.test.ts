import { describe, expect, it } from "vitest";
import { GET as getCatalog } from "@/app/api/v1/regulations/route";
import { POST as preview } from "@/app/api/v1/regulations/preview/route";
import { db } from "@/lib/db";
import { applyFramework } from "@/lib/regulatory/apply-framework";
import { getIncidentDeadlines } from "@/lib/regulatory/get-incident-deadlines";
import { recordTrigger } from "@/lib/regulatory/record-trigger";
import { updateFramework } from "@/lib/regulatory/update-framework";
import type { Framework } from "@/lib/rules/regulations/types";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { declareAs, expectAppError, expectRecorded, uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

// A framework of the test's own: editing a shipped one would change the
// clocks other test files are asserting on at the same time.
function contractClause(key: string, hours: number, extra: Framework["obligations"] = []): Framework {
  return {
    key,
    name: `Customer contract ${key} — security incident notice`,
    jurisdiction: "Contract",
    regulatorTimeZone: "Europe/Berlin",
    holidayCalendar: "DE",
    sourceUrl: "https://example.com/msa.pdf",
    sourceCitation: "MSA §14.2",
    inForce: true,
    obligations: [{ key: "notify_customer", title: "Notify the customer", recipient: "Customer CISO", trigger: "AWARE", deadline: { kind: "hours", hours } }, ...extra],
  };
}

describe("catalog edits", () => {
  it("do not move open incidents' deadlines; the incident shows 'catalog changed' until re-applied", async () => {
    const admin = await makeUser("ADMIN");
    const lead = await makeUser("LEAD");
    const key = uniqueWord("MSA").toUpperCase();
    const weekly = { key: "weekly_report", title: "Weekly status report", recipient: "Customer CISO", trigger: "AWARE" as const, deadline: { kind: "calendar_days" as const, days: 7 } };
    expect(await updateFramework(actorFor(admin), key, contractClause(key, 72, [weekly]))).toMatchObject({ version: 1, changed: true });
    const incident = await declareAs(lead, { category: "data_exposure" });
    await recordTrigger(lead, actorFor(lead), incident.id, { trigger: "AWARE", at: "2026-09-01T10:00:00Z" });
    await applyFramework(lead, actorFor(lead), incident.id, { framework: key });
    const due = async () => (await db.incidentObligation.findFirstOrThrow({ where: { incidentId: incident.id, obligationKey: "notify_customer" } })).dueAt?.toISOString();
    expect(await due()).toBe("2026-09-04T10:00:00.000Z");

    // The contract is renegotiated: 24 hours, and no weekly report.
    const edited = await updateFramework(actorFor(admin), key, contractClause(key, 24));
    expect(edited).toMatchObject({ version: 2, changed: true });
    expect(await db.auditEntry.count({ where: { action: "regulation.update", targetId: key, actorId: admin.id } })).toBe(2);
    expect(await due()).toBe("2026-09-04T10:00:00.000Z");
    let view = await getIncidentDeadlines(lead, incident.id);
    expect(view.catalogChanged).toBe(true);
    expect(view.frameworks.find((f) => f.key === key)).toMatchObject({ status: "accepted", catalogVersion: 1, currentVersion: 2, catalogChanged: true });

    // A trigger correction recomputes with the version the incident is on (72 h), not the edit.
    await recordTrigger(lead, actorFor(lead), incident.id, { trigger: "AWARE", at: "2026-09-01T08:00:00Z", reason: "Earlier alert found" });
    expect(await due()).toBe("2026-09-04T08:00:00.000Z");

    const result = await applyFramework(lead, actorFor(lead), incident.id, { action: "reapply" });
    expect(result).toMatchObject({ frameworks: [{ framework: key, from: 1, to: 2 }], retired: [`${key}/weekly_report`] });
    expect(await due()).toBe("2026-09-02T08:00:00.000Z");
    const { data } = await expectRecorded(incident.id, "catalog_reapplied", lead);
    expect(data.dueChanges).toEqual([{ framework: key, obligation: "notify_customer", title: "Notify the customer", from: "2026-09-04T08:00:00.000Z", to: "2026-09-02T08:00:00.000Z" }]);
    view = await getIncidentDeadlines(lead, incident.id);
    expect(view.catalogChanged).toBe(false);
    expect(view.obligations.find((o) => o.obligationKey === "weekly_report")).toMatchObject({ status: "not_applicable", notApplicableReason: `No longer in the catalog (${key} version 2)` });
  });

  it("refuses an invalid entry with the field named, and a key that does not match the URL; saving the same entry is not a new version", async () => {
    const admin = await makeUser("ADMIN");
    const key = uniqueWord("MSA").toUpperCase();
    await updateFramework(actorFor(admin), key, contractClause(key, 48));
    await expectAppError(updateFramework(actorFor(admin), key, { ...contractClause(key, 48), regulatorTimeZone: "Mars/Olympus" }), "BAD_REQUEST", /regulatorTimeZone: Use an IANA time zone/);
    await expectAppError(updateFramework(actorFor(admin), key, contractClause("OTHER_KEY", 48)), "BAD_REQUEST", /must match/);
    expect(await updateFramework(actorFor(admin), key, contractClause(key, 48))).toMatchObject({ version: 1, changed: false });
  });
});

describe("the regulations API", () => {
  async function bearer(role: "LEAD" | "EXECUTIVE" = "LEAD") {
    const user = await makeUser(role);
    const { token } = await createApiToken(actorFor(user), user.id, { name: "test", expiresInDays: 1 });
    return { authorization: `Bearer ${token}` };
  }
  const post = (headers: Record<string, string>, body: unknown) =>
    preview(new Request("http://cordon.test/api/v1/regulations/preview", { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) }));

  it("previews SEC 8-K from a materiality determination, and lists what awaits a trigger", async () => {
    const headers = await bearer("EXECUTIVE");
    const response = await post(headers, { framework: "SEC_8K_105", triggers: { MATERIALITY_DETERMINED: "2026-11-25T15:00:00Z" } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { obligations: unknown[] };
    expect(body.obligations).toEqual([
      { key: "form_8k", title: "File Form 8-K Item 1.05", trigger: "MATERIALITY_DETERMINED", dueAt: "2026-12-03T04:59:59.999Z", timeZone: "America/New_York", basis: expect.stringContaining("Thanksgiving Day 2026-11-26") },
    ]);

    const nis2 = (await (await post(headers, { framework: "NIS2_ART23", triggers: { AWARE: "2026-10-25T00:30:00Z" } })).json()) as { obligations: { key: string; dueAt: string | null; basis: string }[] };
    expect(nis2.obligations.map((o) => [o.key, o.dueAt])).toEqual([
      ["early_warning", "2026-10-26T00:30:00.000Z"],
      ["incident_notification", "2026-10-28T00:30:00.000Z"],
      ["final_report", null],
    ]);
    expect(nis2.obligations[2]!.basis).toMatch(/^Awaiting: incident notification submitted/);
  });

  it("answers bad input with problem+json naming what is wrong", async () => {
    const headers = await bearer();
    const cases: [unknown, RegExp][] = [
      [{ framework: "SEC_8K_999", triggers: {} }, /Unknown framework "SEC_8K_999"/],
      [{ framework: "SEC_8K_105", triggers: { MATERIALITY_DETERMINED: "2026-11-25T15:00:00" } }, /MATERIALITY_DETERMINED: "2026-11-25T15:00:00" has no time zone/],
      [{ framework: "SEC_8K_105", triggers: { MATERIALITY_DETERMINED: "next tuesday" } }, /MATERIALITY_DETERMINED: "next tuesday" is not a valid time/],
      [{ framework: "SEC_8K_105", triggers: { MATERIALITY_DETERMINED: "2026-02-30T10:00:00Z" } }, /is not a valid time/],
      [{ framework: "SEC_8K_105", triggers: { MATERIALISED: "2026-11-25T15:00:00Z" } }, /Unknown trigger "MATERIALISED"/],
      [{ triggers: {} }, /framework/],
    ];
    for (const [body, message] of cases) {
      const response = await post(headers, body);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(((await response.json()) as { detail: string }).detail).toMatch(message);
    }
  });

  it("lists the catalog with versions and trigger labels; without a token it is 401", async () => {
    const response = await getCatalog(new Request("http://cordon.test/api/v1/regulations", { headers: await bearer("EXECUTIVE") }));
    const body = (await response.json()) as { frameworks: { key: string; version: number; definition: Framework }[]; triggers: { key: string }[] };
    expect(body.frameworks.find((f) => f.key === "GDPR_ART33")).toMatchObject({ version: 1, definition: { regulatorTimeZone: "Europe/Brussels" } });
    expect(body.triggers.map((t) => t.key)).toContain("AWARE");
    expect((await post({ authorization: "Bearer nope" }, { framework: "GDPR_ART33" })).status).toBe(401);
  });
});
