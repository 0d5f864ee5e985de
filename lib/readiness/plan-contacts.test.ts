import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { archiveExternalContact } from "@/lib/notify/contacts/archive-external-contact";
import { saveExternalContact } from "@/lib/notify/contacts/save-external-contact";
import { verifyExternalContact } from "@/lib/notify/contacts/verify-external-contact";
import { saveOrganisationApplicability } from "@/lib/regulatory/organisation-applicability";
import { evaluatePlan } from "@/lib/rules/readiness/evaluate-plan";
import { expectAppError, uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { evaluateResponsePlan } from "./evaluate-response-plan";
import { getReadiness } from "./get-readiness";
import { readPlanFacts } from "./read-plan-facts";

const auditOf = (targetId: string) => db.auditEntry.findMany({ where: { targetId }, orderBy: { seq: "asc" }, select: { action: true, actorId: true } });

describe("marking an outside contact verified", () => {
  it("sets the verification date, on the record, and refuses unknown or archived contacts", async () => {
    const admin = await makeUser("ADMIN");
    const contact = await saveExternalContact(actorFor(admin), { name: `Counsel ${uniqueWord()}`, organisation: "Hart & Co", category: "LAW_FIRM" });
    expect(contact.verifiedAt).toBeNull();
    const at = new Date("2026-12-01T10:00:00Z");
    const verified = await verifyExternalContact(actorFor(admin), contact.id, at);
    expect(verified.verifiedAt).toEqual(at);
    expect(await auditOf(contact.id)).toEqual([
      { action: "external_contact.created", actorId: admin.id },
      { action: "external_contact.verified", actorId: admin.id },
    ]);
    await expectAppError(verifyExternalContact(actorFor(admin), "00000000-0000-4000-8000-000000000000"), "NOT_FOUND");
    await expectAppError(verifyExternalContact(actorFor(admin), "not-a-uuid"), "NOT_FOUND");
    await archiveExternalContact(actorFor(admin), contact.id);
    await expectAppError(verifyExternalContact(actorFor(admin), contact.id), "NOT_FOUND");
  });

  it("keeps editing and verifying apart: saving details does not verify them", async () => {
    const admin = await makeUser("ADMIN");
    const contact = await saveExternalContact(actorFor(admin), { name: `Forensics ${uniqueWord()}`, organisation: "DFIR Ltd", category: "FORENSICS" });
    const edited = await saveExternalContact(actorFor(admin), { name: contact.name, organisation: "DFIR Ltd", category: "FORENSICS", phone: "+44 20 7946 0000" }, contact.id);
    expect(edited.verifiedAt).toBeNull();
  });
});

// The organisation's answers are one row: everything that depends on them is in this one test.
describe("the organisation's applicability answers", () => {
  it("refuse bad input and save nothing; once answered, the plan asks for a regulator per applicable framework, by name", async () => {
    const admin = await makeUser("ADMIN");
    await expectAppError(saveOrganisationApplicability(actorFor(admin), { answers: { personalData: "yes" } }), "BAD_REQUEST", /personalData/);
    await expectAppError(saveOrganisationApplicability(actorFor(admin), { answers: { madeUp: true } }), "BAD_REQUEST");
    expect(await db.organisationApplicability.count()).toBe(0);
    const before = evaluatePlan(await readPlanFacts(null), new Date());
    expect(before.filter((f) => f.checkId === "PLAN-APPLICABILITY").map((f) => f.status)).toEqual(["fail"]);

    await saveOrganisationApplicability(actorFor(admin), { answers: { personalData: true, euResidents: true, essentialOrImportantEntityEU: true } });
    expect(await auditOf("1")).toEqual([{ action: "regulatory.applicability_answered", actorId: admin.id }]);
    const regulators = (findings: ReturnType<typeof evaluatePlan>) => findings.filter((f) => f.checkId === "PLAN-CONTACTS" && f.object.name.startsWith("regulator")).map((f) => `${f.object.name}: ${f.status}`);
    const answered = evaluatePlan(await readPlanFacts(null), new Date());
    expect(answered.find((f) => f.checkId === "PLAN-APPLICABILITY")).toMatchObject({ status: "warn", detail: expect.stringMatching(/^12 applicability questions are unanswered/) });
    expect(regulators(answered)).toEqual(["regulator for GDPR_ART33: fail", "regulator for NIS2_ART23: fail"]);

    const authority = await saveExternalContact(actorFor(admin), { name: "Berlin DPA", organisation: "BlnBDI", category: "REGULATOR", frameworks: ["GDPR_ART33"] });
    expect(regulators(evaluatePlan(await readPlanFacts(null), new Date()))).toEqual(["regulator for GDPR_ART33: warn", "regulator for NIS2_ART23: fail"]);
    // The overview judges the plan as of now: verifying counts without waiting for the daily run.
    await evaluateResponsePlan();
    const shown = async () => (await getReadiness()).plan.findings.filter((f) => f.key.startsWith("Contact/regulator")).map((f) => `${f.object.name}: ${f.status}`);
    expect(await shown()).toEqual(["regulator for GDPR_ART33: warn", "regulator for NIS2_ART23: fail"]);
    await verifyExternalContact(actorFor(admin), authority.id);
    expect(regulators(evaluatePlan(await readPlanFacts(null), new Date()))).toEqual(["regulator for NIS2_ART23: fail"]);
    expect(await shown()).toEqual(["regulator for NIS2_ART23: fail"]);
  });
});
