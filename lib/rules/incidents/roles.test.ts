import { describe, expect, it } from "vitest";
import {
  INCIDENT_ROLE_KINDS,
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  checkLeadHandover,
  checkRoleAssignment,
  checkRoleRelease,
  findLeads,
  isIncidentRoleKind,
  type RoleHolder,
} from "./roles";

const HOLDERS: RoleHolder[] = [
  { kind: "LEAD", userId: "ana" },
  { kind: "DEPUTY", userId: "ben" },
  { kind: "FORENSICS", userId: "cy" },
];

const assign = (overrides: Partial<Parameters<typeof checkRoleAssignment>[0]>) =>
  checkRoleAssignment({ kind: "COMMS", assigneeId: "dee", assigneeActive: true, currentHolders: HOLDERS, incidentOpen: true, ...overrides });

describe("role kinds", () => {
  it("has a label and description for every kind", () => {
    expect(INCIDENT_ROLE_KINDS).toEqual(["LEAD", "DEPUTY", "COMMS", "SCRIBE", "FORENSICS", "LEGAL"]);
    for (const kind of INCIDENT_ROLE_KINDS) {
      expect(ROLE_LABELS[kind].length).toBeGreaterThan(0);
      expect(ROLE_DESCRIPTIONS[kind].length).toBeGreaterThan(0);
    }
    expect(isIncidentRoleKind("LEAD")).toBe(true);
    expect(isIncidentRoleKind("lead")).toBe(false);
  });
});

describe("checkRoleAssignment", () => {
  it("allows a new active person in a free role", () => {
    expect(assign({})).toEqual({ ok: true });
  });

  it("allows several people in a non-lead role", () => {
    expect(assign({ kind: "FORENSICS" })).toEqual({ ok: true });
  });

  it("allows the lead to hold another role on a small team", () => {
    expect(assign({ kind: "SCRIBE", assigneeId: "ana" })).toEqual({ ok: true });
  });

  it("allows the first lead", () => {
    expect(assign({ kind: "LEAD", currentHolders: [] })).toEqual({ ok: true });
  });

  it.each<[string, Partial<Parameters<typeof checkRoleAssignment>[0]>, string[]]>([
    ["a second lead", { kind: "LEAD" }, ["This incident already has a lead: hand over instead."]],
    ["the lead again", { kind: "LEAD", assigneeId: "ana" }, ["This person already holds the Lead role on this incident."]],
    ["the same role twice", { kind: "FORENSICS", assigneeId: "cy" }, ["This person already holds the Forensics role on this incident."]],
    ["a deactivated person", { assigneeActive: false }, ["This person's account is deactivated: choose an active responder."]],
    ["on a closed incident", { incidentOpen: false }, ["This incident is closed: reopen it before assigning roles."]],
    ["the lead as deputy", { kind: "DEPUTY", assigneeId: "ana" }, ["The lead can't also be the deputy: a deputy is there to take over, so choose someone else."]],
    [
      "the deputy as lead",
      { kind: "LEAD", assigneeId: "ben" },
      ["This incident already has a lead: hand over instead.", "This person is the deputy: hand the lead over to them instead."],
    ],
    [
      "everything wrong at once",
      { kind: "LEAD", incidentOpen: false, assigneeActive: false },
      [
        "This incident is closed: reopen it before assigning roles.",
        "This person's account is deactivated: choose an active responder.",
        "This incident already has a lead: hand over instead.",
      ],
    ],
  ])("refuses %s", (_name, overrides, errors) => {
    expect(assign(overrides)).toEqual({ ok: false, errors });
  });
});

describe("checkRoleRelease", () => {
  it("lets a non-lead role go", () => {
    expect(checkRoleRelease({ kind: "FORENSICS", userId: "cy", currentHolders: HOLDERS, incidentOpen: true })).toEqual({ ok: true });
  });

  it("keeps the lead on an open incident", () => {
    expect(checkRoleRelease({ kind: "LEAD", userId: "ana", currentHolders: HOLDERS, incidentOpen: true })).toEqual({
      ok: false,
      errors: ["An open incident must keep a lead: hand over to someone else instead of removing the lead."],
    });
  });

  it("lets the lead go once closed", () => {
    expect(checkRoleRelease({ kind: "LEAD", userId: "ana", currentHolders: HOLDERS, incidentOpen: false })).toEqual({ ok: true });
  });

  it("refuses to release a role the person does not hold", () => {
    expect(checkRoleRelease({ kind: "LEGAL", userId: "cy", currentHolders: HOLDERS, incidentOpen: true })).toEqual({
      ok: false,
      errors: ["This person doesn't hold the Legal role on this incident."],
    });
  });
});

describe("checkLeadHandover", () => {
  const handover = (overrides: Partial<Parameters<typeof checkLeadHandover>[0]>) =>
    checkLeadHandover({ toUserId: "ben", toUserActive: true, currentHolders: HOLDERS, incidentOpen: true, ...overrides });

  it("hands over to the deputy or anyone active", () => {
    expect(handover({})).toEqual({ ok: true });
    expect(handover({ toUserId: "zed" })).toEqual({ ok: true });
  });

  it("lets someone take an incident with no lead", () => {
    expect(handover({ currentHolders: [] })).toEqual({ ok: true });
  });

  it.each<[string, Partial<Parameters<typeof checkLeadHandover>[0]>, string]>([
    ["to the current lead", { toUserId: "ana" }, "This person already leads this incident."],
    ["to a deactivated person", { toUserActive: false }, "This person's account is deactivated: choose an active responder."],
    ["on a closed incident", { incidentOpen: false }, "This incident is closed: reopen it before handing over the lead."],
  ])("refuses a handover %s", (_name, overrides, error) => {
    expect(handover(overrides)).toEqual({ ok: false, errors: [error] });
  });
});

describe("findLeads", () => {
  it("lists the lead holders", () => {
    expect(findLeads(HOLDERS)).toEqual(["ana"]);
    expect(findLeads([])).toEqual([]);
  });
});
