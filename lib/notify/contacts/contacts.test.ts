import { describe, expect, it } from "vitest";
import { declareAs, expectAppError } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { makeSeverity } from "../test-support/fixtures";
import { addContactMethod } from "./add-contact-method";
import { archiveExternalContact } from "./archive-external-contact";
import { contactsForIncident } from "./list-external-contacts";
import { saveExternalContact } from "./save-external-contact";

describe("the outside contacts directory", () => {
  it("shows on the incident who to call for its severity, first, with the guidance", async () => {
    const admin = await makeUser("ADMIN");
    const lead = await makeUser("LEAD");
    const severity = await makeSeverity();
    const counsel = await saveExternalContact(actorFor(admin), { name: "Dana Counsel", organisation: "Hart & Co", category: "LAW_FIRM", phone: "+49 30 1234567", contactWhen: { [severity]: "Call within 1 hour of declaration" } });
    const insurer = await saveExternalContact(actorFor(admin), { name: "Ivo Insurer", organisation: "Cyber Mutual", category: "INSURER", email: "claims@example.com" });
    const incident = await declareAs(lead, { severity });
    const { contacts } = await contactsForIncident(lead, incident.id);
    const mine = contacts.filter((contact) => [counsel.id, insurer.id].includes(contact.id));
    expect(mine.map((contact) => [contact.name, contact.guidance])).toEqual([
      ["Dana Counsel", "Call within 1 hour of declaration"],
      ["Ivo Insurer", null],
    ]);
    expect(contacts.findIndex((contact) => contact.id === counsel.id)).toBeLessThan(contacts.findIndex((contact) => contact.id === insurer.id));

    await archiveExternalContact(actorFor(admin), insurer.id);
    expect((await contactsForIncident(lead, incident.id)).contacts.some((contact) => contact.id === insurer.id)).toBe(false);
    await expectAppError(saveExternalContact(actorFor(admin), { name: "X", organisation: "Y", category: "REGULATOR", email: "not-an-email" }), "BAD_REQUEST", /Email must be an address/);
  });

  it("is not a way to learn about a restricted incident one may not see", async () => {
    const lead = await makeUser("LEAD");
    const outsider = await makeUser("RESPONDER");
    const incident = await declareAs(lead, { restricted: true });
    await expectAppError(contactsForIncident(outsider, incident.id), "NOT_FOUND");
  });
});

describe("personal contact methods", () => {
  it("validate what people enter", async () => {
    const user = await makeUser("RESPONDER");
    await expectAppError(addContactMethod(actorFor(user), user.id, { kind: "PHONE", value: "0151 1234" }), "BAD_REQUEST", /international form/);
    await expectAppError(addContactMethod(actorFor(user), user.id, { kind: "SLACK", value: "@rosa" }), "BAD_REQUEST", /Slack member id/);
    await addContactMethod(actorFor(user), user.id, { kind: "PHONE", value: "+4915112345678" });
    await expectAppError(addContactMethod(actorFor(user), user.id, { kind: "PHONE", value: "+4915112345678" }), "CONFLICT", /already have/);
  });
});
