import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyFramework } from "@/lib/regulatory/apply-framework";
import { decideFramework } from "@/lib/regulatory/decide-framework";
import { getIncidentDeadlines } from "@/lib/regulatory/get-incident-deadlines";
import { recordTrigger } from "@/lib/regulatory/record-trigger";
import { updateObligation } from "@/lib/regulatory/update-obligation";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { declareAs, expectAppError, expectRecorded } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

async function setup() {
  const lead = await makeUser("LEAD");
  const incident = await declareAs(lead, { category: "data_exposure", severity: "SEV2" });
  const as = [lead, actorFor(lead)] as const;
  const obligation = async (framework: string, key: string) =>
    db.incidentObligation.findUniqueOrThrow({ where: { incidentId_frameworkKey_obligationKey: { incidentId: incident.id, frameworkKey: framework, obligationKey: key } } });
  return { lead, incident, as, obligation };
}

describe("triggers → obligations", () => {
  it("computes exact due times for GDPR (72 elapsed hours over the spring-forward) and SEC 8-K (4 business days over Thanksgiving)", async () => {
    const { incident, as, lead, obligation } = await setup();
    await recordTrigger(...as, incident.id, { trigger: "AWARE", at: "2026-03-28T09:00:00+01:00" });
    const { data: recorded } = await expectRecorded(incident.id, "trigger_recorded", lead);
    expect(recorded).toMatchObject({ trigger: "AWARE", at: "2026-03-28T08:00:00.000Z", dueChanges: [] });

    await applyFramework(...as, incident.id, { framework: "GDPR_ART33" });
    const gdpr = await obligation("GDPR_ART33", "notify_authority");
    expect(gdpr.dueAt?.toISOString()).toBe("2026-03-31T08:00:00.000Z");
    expect(gdpr.windowStart?.toISOString()).toBe("2026-03-28T08:00:00.000Z");
    expect(gdpr.basis).toContain("due 2026-03-31 10:00 Europe/Brussels");
    expect(gdpr.catalogVersion).toBe(1);
    const { data: accepted } = await expectRecorded(incident.id, "framework_accepted", lead);
    expect(accepted).toMatchObject({ framework: "GDPR_ART33", catalogVersion: 1 });

    // Accepted before its trigger: listed, waiting; recording the trigger starts the clock.
    await applyFramework(...as, incident.id, { framework: "SEC_8K_105" });
    const waiting = await obligation("SEC_8K_105", "form_8k");
    expect(waiting.dueAt).toBeNull();
    expect(waiting.basis).toContain("Awaiting: materiality determined");
    await recordTrigger(...as, incident.id, { trigger: "MATERIALITY_DETERMINED", at: "2026-11-25T15:00:00Z" });
    // Thu 26 Nov is Thanksgiving: Fri 27, Mon 30, Tue 1, Wed 2 Dec → end of 2 Dec in New York (EST, −05:00).
    expect((await obligation("SEC_8K_105", "form_8k")).dueAt?.toISOString()).toBe("2026-12-03T04:59:59.999Z");
    const { data: materiality } = await expectRecorded(incident.id, "trigger_recorded", lead);
    expect(materiality.dueChanges).toEqual([{ framework: "SEC_8K_105", obligation: "form_8k", title: "File Form 8-K Item 1.05", from: null, to: "2026-12-03T04:59:59.999Z" }]);

    // Accepting twice is a conflict, not a silent recompute.
    await expectAppError(applyFramework(...as, incident.id, { framework: "GDPR_ART33" }), "CONFLICT", /already accepted/);
    await expectAppError(applyFramework(...as, incident.id, { framework: "GDPR_ART99" }), "BAD_REQUEST", /Unknown framework "GDPR_ART99"/);
  });

  it("a corrected trigger recomputes the clocks and keeps the old record, superseded, with the reason", async () => {
    const { incident, as, lead, obligation } = await setup();
    await recordTrigger(...as, incident.id, { trigger: "AWARE", at: "2026-06-15T14:30:00Z" });
    await applyFramework(...as, incident.id, { framework: "UK_GDPR_ART33" });
    expect((await obligation("UK_GDPR_ART33", "notify_ico")).dueAt?.toISOString()).toBe("2026-06-18T14:30:00.000Z");

    await expectAppError(recordTrigger(...as, incident.id, { trigger: "AWARE", at: "2026-06-15T10:00:00Z" }), "BAD_REQUEST", /already recorded; say why/);
    await recordTrigger(...as, incident.id, { trigger: "AWARE", at: "2026-06-15T10:00:00Z", reason: "Proxy logs show the exfiltration alert was read at 10:00" });
    expect((await obligation("UK_GDPR_ART33", "notify_ico")).dueAt?.toISOString()).toBe("2026-06-18T10:00:00.000Z");
    const rows = await db.incidentTrigger.findMany({ where: { incidentId: incident.id }, orderBy: { recordedAt: "asc" } });
    expect(rows.map((r) => [r.at.toISOString(), r.supersededAt !== null, r.reason, r.recordedById])).toEqual([
      ["2026-06-15T14:30:00.000Z", true, null, lead.id],
      ["2026-06-15T10:00:00.000Z", false, "Proxy logs show the exfiltration alert was read at 10:00", lead.id],
    ]);
    const { data } = await expectRecorded(incident.id, "trigger_corrected", lead);
    expect(data).toMatchObject({ previous: "2026-06-15T14:30:00.000Z", at: "2026-06-15T10:00:00.000Z", dueChanges: [{ from: "2026-06-18T14:30:00.000Z", to: "2026-06-18T10:00:00.000Z" }] });
  });
});

describe("filing obligations", () => {
  it("submitting the NIS2 notification records NOTIFICATION_SUBMITTED and starts the final report's month", async () => {
    const { incident, as, lead, obligation } = await setup();
    await recordTrigger(...as, incident.id, { trigger: "AWARE", at: "2026-10-23T08:00:00Z" });
    await applyFramework(...as, incident.id, { framework: "NIS2_ART23" });
    expect((await obligation("NIS2_ART23", "early_warning")).dueAt?.toISOString()).toBe("2026-10-24T08:00:00.000Z");
    expect((await obligation("NIS2_ART23", "incident_notification")).dueAt?.toISOString()).toBe("2026-10-26T08:00:00.000Z");
    const final = await obligation("NIS2_ART23", "final_report");
    expect(final.dueAt).toBeNull();
    expect(final.basis).toContain("Awaiting: incident notification submitted");

    const notification = await obligation("NIS2_ART23", "incident_notification");
    const result = await updateObligation(...as, incident.id, notification.id, { action: "submit", reference: "CSIRT-2026-1042", submittedAt: "2026-10-24T16:00:00+02:00" });
    expect(result).toMatchObject({ status: "submitted", reference: "CSIRT-2026-1042", followOnTrigger: "NOTIFICATION_SUBMITTED" });
    const { data } = await expectRecorded(incident.id, "obligation_submitted", lead);
    expect(data).toMatchObject({ reference: "CSIRT-2026-1042", submittedAt: "2026-10-24T14:00:00.000Z", late: false });
    // 2026-10-24 16:00 CEST + 1 month = 2026-11-24 16:00 CET = 15:00Z.
    expect((await obligation("NIS2_ART23", "final_report")).dueAt?.toISOString()).toBe("2026-11-24T15:00:00.000Z");
    const trigger = await db.incidentTrigger.findFirstOrThrow({ where: { incidentId: incident.id, trigger: "NOTIFICATION_SUBMITTED" } });
    expect(trigger.at.toISOString()).toBe("2026-10-24T14:00:00.000Z");

    const view = await getIncidentDeadlines(lead, incident.id, new Date("2026-11-01T00:00:00Z"));
    const statuses = Object.fromEntries(view.obligations.map((o) => [o.obligationKey, o.status]));
    expect(statuses).toEqual({ early_warning: "overdue", incident_notification: "submitted", final_report: "pending" });
    expect(view.obligations.find((o) => o.obligationKey === "incident_notification")).toMatchObject({ submittedBy: lead.name, submissionReference: "CSIRT-2026-1042" });

    // A second filing of the same obligation is a conflict and changes nothing.
    await expectAppError(updateObligation(...as, incident.id, notification.id, { action: "submit", reference: "again" }), "CONFLICT", /already submitted/);
    expect((await obligation("NIS2_ART23", "incident_notification")).submissionReference).toBe("CSIRT-2026-1042");
  });

  it("DORA: initial → intermediate → final, each filing starting the next clock", async () => {
    const { incident, as, obligation } = await setup();
    await recordTrigger(...as, incident.id, { trigger: "AWARE", at: "2026-03-30T07:00:00Z" });
    await recordTrigger(...as, incident.id, { trigger: "CLASSIFIED_MAJOR", at: "2026-03-30T09:00:00Z" });
    await applyFramework(...as, incident.id, { framework: "DORA_ART19" });
    const initial = await obligation("DORA_ART19", "initial_notification");
    expect(initial.dueAt?.toISOString()).toBe("2026-03-30T13:00:00.000Z");
    expect(initial.windowStart?.toISOString()).toBe("2026-03-30T09:00:00.000Z");
    await updateObligation(...as, incident.id, initial.id, { action: "submit", reference: "DORA-INIT-1", submittedAt: "2026-03-30T12:00:00Z" });
    const intermediate = await obligation("DORA_ART19", "intermediate_report");
    expect(intermediate.dueAt?.toISOString()).toBe("2026-04-02T12:00:00.000Z");
    await updateObligation(...as, incident.id, intermediate.id, { action: "submit", reference: "DORA-INT-1", submittedAt: "2026-04-01T09:00:00Z" });
    // 2026-04-01 11:00 CEST + 1 month = 2026-05-01 11:00 CEST.
    expect((await obligation("DORA_ART19", "final_report")).dueAt?.toISOString()).toBe("2026-05-01T09:00:00.000Z");
  });

  it("not applicable needs a reason; an extension records who granted it and replaces the due time", async () => {
    const { incident, as, lead, obligation } = await setup();
    await recordTrigger(...as, incident.id, { trigger: "MATERIALITY_DETERMINED", at: "2026-11-25T15:00:00Z" });
    await decideFramework(...as, incident.id, { action: "accept", framework: "SEC_8K_105" });
    await applyFramework(...as, incident.id, { framework: "CERT_IN" });
    const form = await obligation("SEC_8K_105", "form_8k");

    await expectAppError(updateObligation(...as, incident.id, form.id, { action: "not_applicable" } as never), "BAD_REQUEST", /reason/i);
    await expectAppError(updateObligation(...as, incident.id, form.id, { action: "not_applicable", reason: "  " }), "BAD_REQUEST", /Give a reason/);
    await expectAppError(updateObligation(...as, incident.id, form.id, { action: "extend", newDueAt: "2026-12-01T00:00:00Z", grantedBy: "DOJ", reason: "earlier" }), "BAD_REQUEST", /later than 2026-12-03T04:59:59.999Z/);
    await expectAppError(updateObligation(...as, incident.id, form.id, { action: "extend", newDueAt: "2027-01-02T00:00:00", grantedBy: "DOJ", reason: "x" }), "BAD_REQUEST", /no time zone/);

    await updateObligation(...as, incident.id, form.id, {
      action: "extend", newDueAt: "2027-01-02T04:59:59.999Z", grantedBy: "US Attorney General (national-security delay)", reason: "Disclosure would pose a substantial risk to national security",
    });
    const extended = await obligation("SEC_8K_105", "form_8k");
    expect(extended.extendedDueAt?.toISOString()).toBe("2027-01-02T04:59:59.999Z");
    expect(extended.dueAt?.toISOString()).toBe("2026-12-03T04:59:59.999Z");
    const { data } = await expectRecorded(incident.id, "obligation_extended", lead);
    expect(data).toMatchObject({ grantedBy: "US Attorney General (national-security delay)", from: "2026-12-03T04:59:59.999Z", to: "2027-01-02T04:59:59.999Z" });
    const view = await getIncidentDeadlines(lead, incident.id, new Date("2026-12-10T00:00:00Z"));
    expect(view.obligations.find((o) => o.obligationKey === "form_8k")).toMatchObject({ status: "pending", extensionGrantedBy: "US Attorney General (national-security delay)" });

    const certIn = await obligation("CERT_IN", "report_cert_in");
    await updateObligation(...as, incident.id, certIn.id, { action: "not_applicable", reason: "No systems in India are affected" });
    const { data: na } = await expectRecorded(incident.id, "obligation_not_applicable", lead);
    expect(na).toMatchObject({ reason: "No systems in India are affected", framework: "CERT_IN" });
    const after = await getIncidentDeadlines(lead, incident.id);
    expect(after.obligations.find((o) => o.frameworkKey === "CERT_IN")).toMatchObject({ status: "not_applicable", notApplicableBy: lead.name, notApplicableReason: "No systems in India are affected" });
    await expectAppError(updateObligation(...as, incident.id, certIn.id, { action: "submit", reference: "x" }), "CONFLICT", /not applicable/);
    await expectAppError(updateObligation(...as, incident.id, "00000000-0000-4000-8000-000000000000", { action: "submit", reference: "x" }), "NOT_FOUND", /Obligation/);
  });
});

describe("closing an incident", () => {
  it("waits until every reporting obligation is filed or marked not applicable", async () => {
    const { incident, as, obligation } = await setup();
    await recordTrigger(...as, incident.id, { trigger: "AWARE", at: new Date().toISOString() });
    await applyFramework(...as, incident.id, { framework: "GDPR_ART33" });
    const gdpr = await obligation("GDPR_ART33", "notify_authority");

    await expectAppError(
      transitionIncident(...as, incident.id, { to: "CLOSED", reason: "False positive: a scheduled backup job" }),
      "CONFLICT",
      new RegExp(`1 reporting obligation is still open: .*\\(${gdpr.title.replace(/[()]/g, "\\$&")}\\)`),
    );
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { status: true } })).status).not.toBe("CLOSED");

    await updateObligation(...as, incident.id, gdpr.id, { action: "not_applicable", reason: "No personal data was involved" });
    await transitionIncident(...as, incident.id, { to: "CLOSED", reason: "False positive: a scheduled backup job" });
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { status: true } })).status).toBe("CLOSED");
  });
});
