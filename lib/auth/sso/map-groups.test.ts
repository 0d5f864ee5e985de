import { describe, expect, it } from "vitest";
import { mapGroupsToRole } from "./map-groups";
import { parseRoleMap } from "./role-map";

const roleMap = parseRoleMap("security-admins=ADMIN, incident-leads=LEAD,responders=RESPONDER,auditors=AUDITOR,execs=EXECUTIVE");

describe("mapping identity-provider groups to a Cordon role", () => {
  it.each([
    { groups: ["responders"], defaultRole: "deny", expected: { ok: true, role: "RESPONDER" } },
    { groups: ["staff", "responders", "security-admins"], defaultRole: "deny", expected: { ok: true, role: "ADMIN" } },
    { groups: ["execs", "auditors"], defaultRole: "deny", expected: { ok: true, role: "AUDITOR" } },
    { groups: ["responders", "incident-leads"], defaultRole: "deny", expected: { ok: true, role: "LEAD" } },
    { groups: ["staff"], defaultRole: "deny", expected: { ok: false, reason: "no-mapped-group" } },
    { groups: [], defaultRole: "deny", expected: { ok: false, reason: "no-mapped-group" } },
    { groups: undefined, defaultRole: "deny", expected: { ok: false, reason: "no-mapped-group" } },
    { groups: ["staff"], defaultRole: "EXECUTIVE", expected: { ok: true, role: "EXECUTIVE" } },
    { groups: undefined, defaultRole: "EXECUTIVE", expected: { ok: true, role: "EXECUTIVE" } },
    { groups: ["Responders"], defaultRole: "deny", expected: { ok: false, reason: "no-mapped-group" } },
    { groups: "responders", defaultRole: "EXECUTIVE", expected: { ok: false, reason: "groups-malformed" } },
    { groups: ["responders", 7], defaultRole: "deny", expected: { ok: false, reason: "groups-malformed" } },
    { groups: { responders: true }, defaultRole: "deny", expected: { ok: false, reason: "groups-malformed" } },
  ] as const)("groups $groups with default $defaultRole → $expected", ({ groups, defaultRole, expected }) => {
    expect(mapGroupsToRole(groups, roleMap, defaultRole)).toMatchObject(expected);
  });

  it("names the groups that gave the role", () => {
    expect(mapGroupsToRole(["staff", "responders"], roleMap, "deny")).toEqual({ ok: true, role: "RESPONDER", groups: ["staff", "responders"], matched: ["responders"] });
  });
});

describe("reading CORDON_OIDC_ROLE_MAP", () => {
  it("reads group=ROLE pairs, roles in any case, group names kept as sent", () => {
    expect([...parseRoleMap(" Security Admins = admin ,/org/responders=RESPONDER,")]).toEqual([
      ["Security Admins", "ADMIN"],
      ["/org/responders", "RESPONDER"],
    ]);
    expect(parseRoleMap("").size).toBe(0);
  });

  it.each([
    ["responders", /not group=ROLE/],
    ["=ADMIN", /not group=ROLE/],
    ["responders=WIZARD", /role must be one of ADMIN, LEAD/],
    ["a=ADMIN,a=LEAD", /mapped twice/],
  ])("refuses %s", (text, message) => {
    expect(() => parseRoleMap(text)).toThrow(message);
  });
});
