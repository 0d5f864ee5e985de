// Single sign-on against the real database: accounts created on first
// sign-in, the group mapping re-applied at each, refusals that create and
// change nothing, and deactivation that ends sessions and API tokens.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findActiveUser } from "@/lib/auth/find-active-user";
import { generateApiToken, userForBearerToken } from "@/lib/auth/bearer-token";
import { db } from "@/lib/db";
import { changeUserRole } from "@/lib/users/change-user-role";
import { setRoleManagement } from "@/lib/users/set-role-management";
import { setUserActive } from "@/lib/users/set-user-active";
import { actorFor, makeUser } from "@/test/helpers/users";
import { parseRoleMap } from "./role-map";
import { signInWithSso } from "./sign-in-with-sso";
import type { SsoSettings } from "./sso-settings";

const settings: SsoSettings = {
  issuer: "http://localhost:1",
  clientId: "cordon",
  clientSecret: "secret",
  scopes: "openid email profile groups",
  name: "Example ID",
  groupsClaim: "groups",
  roleMap: parseRoleMap("security-admins=ADMIN,responders=RESPONDER,leads=LEAD"),
  defaultRole: "deny",
  allowUnverifiedEmail: false,
};

function person(groups: unknown, extra: Record<string, unknown> = {}) {
  const id = randomUUID().slice(0, 8);
  return { sub: `sub-${id}`, email: `Person-${id}@Example.test`, email_verified: true, name: `Person ${id}`, groups, ...extra };
}

const auditFor = (where: Record<string, unknown>) => db.auditEntry.findMany({ where, orderBy: { seq: "asc" }, select: { action: true, data: true, actorId: true } });

describe("single sign-on provisioning", () => {
  it("creates the account on first sign-in with the mapped role, and audits it", async () => {
    const claims = person(["staff", "responders"]);
    const outcome = await signInWithSso(claims, settings, "192.0.2.10");
    expect(outcome).toMatchObject({ ok: true, created: true });
    const user = await db.user.findUniqueOrThrow({ where: { ssoSubject: claims.sub } });
    expect(user).toMatchObject({ email: claims.email.toLowerCase(), name: claims.name, role: "RESPONDER", source: "SSO", roleManagedBy: "MAPPING", deactivatedAt: null });
    expect(user.lastSignInAt).toBeInstanceOf(Date);
    const actions = (await auditFor({ targetId: user.id })).map((entry) => entry.action);
    expect(actions).toEqual(["user.create", "auth.sign_in"]);
  });

  it("re-applies the mapping at each sign-in and records the role change", async () => {
    const claims = person(["responders"]);
    const first = await signInWithSso(claims, settings, "192.0.2.11");
    if (!first.ok) throw new Error("first sign-in refused");
    const second = await signInWithSso({ ...claims, groups: ["leads"] }, settings, "192.0.2.11");
    expect(second).toEqual({ ok: true, userId: first.userId, created: false });
    expect(await db.user.findUniqueOrThrow({ where: { id: first.userId }, select: { role: true } })).toEqual({ role: "LEAD" });
    const change = await auditFor({ targetId: first.userId, action: "user.change_role" });
    expect(change).toEqual([{ action: "user.change_role", actorId: null, data: expect.objectContaining({ from: "RESPONDER", to: "LEAD", by: "mapping", groups: ["leads"] }) }]);
    expect(await db.user.count({ where: { ssoSubject: claims.sub } })).toBe(1);
  });

  it("refuses someone removed from every mapped group at their next sign-in, changing nothing", async () => {
    const claims = person(["responders"]);
    const first = await signInWithSso(claims, settings, "192.0.2.12");
    if (!first.ok) throw new Error("first sign-in refused");
    const before = await db.user.findUniqueOrThrow({ where: { id: first.userId } });
    expect(await signInWithSso({ ...claims, groups: ["staff"] }, settings, "192.0.2.12")).toEqual({ ok: false, reason: "no-mapped-group" });
    expect(await db.user.findUniqueOrThrow({ where: { id: first.userId } })).toEqual(before);
    const refusals = await auditFor({ targetId: first.userId, action: "auth.sso_refused" });
    expect(refusals).toEqual([{ action: "auth.sso_refused", actorId: null, data: expect.objectContaining({ reason: "no-mapped-group", groups: ["staff"] }) }]);
  });

  it.each([
    ["an unmapped person when the default is deny", person(["staff"]), settings, "no-mapped-group"],
    ["a groups claim that is a string", person("responders"), { ...settings, defaultRole: "EXECUTIVE" as const }, "groups-malformed"],
    ["an unverified email", person(["responders"], { email_verified: false }), settings, "email-unverified"],
    ["no email at all", person(["responders"], { email: undefined }), settings, "email-missing"],
  ])("refuses %s, creating nothing", async (_label, claims, configured, reason) => {
    const users = await db.user.count();
    expect(await signInWithSso(claims, configured, "192.0.2.13")).toEqual({ ok: false, reason });
    expect(await db.user.count()).toBe(users);
    const refusal = await db.auditEntry.findFirst({ where: { action: "auth.sso_refused", data: { path: ["subject"], equals: claims.sub } }, select: { data: true } });
    expect(refusal?.data).toMatchObject({ reason });
  });

  it("accepts an unverified email when configured to, but never links it to an existing account", async () => {
    const local = await makeUser("ADMIN");
    const claims = person(["responders"], { email_verified: false, email: local.email });
    const outcome = await signInWithSso(claims, { ...settings, allowUnverifiedEmail: true }, "192.0.2.14");
    // The local administrator's email, unverified, must not open their account.
    expect(outcome).toEqual({ ok: false, reason: "email-in-use" });
    expect(await db.user.findUniqueOrThrow({ where: { id: local.id }, select: { ssoSubject: true } })).toEqual({ ssoSubject: null });
    const fresh = person(["responders"], { email_verified: false });
    expect(await signInWithSso(fresh, { ...settings, allowUnverifiedEmail: true }, "192.0.2.14")).toMatchObject({ ok: true, created: true });
  });

  it("keeps a role an administrator took over by hand", async () => {
    const admin = await makeUser("ADMIN");
    const claims = person(["responders"]);
    const first = await signInWithSso(claims, settings, "192.0.2.15");
    if (!first.ok) throw new Error("first sign-in refused");
    await expect(changeUserRole(actorFor(admin), { userId: first.userId, role: "LEAD" })).rejects.toThrow(/identity provider's groups/);
    await setRoleManagement(actorFor(admin), { userId: first.userId, managedBy: "MANUAL" });
    await changeUserRole(actorFor(admin), { userId: first.userId, role: "LEAD" });
    expect(await signInWithSso(claims, settings, "192.0.2.15")).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: first.userId }, select: { role: true } })).toEqual({ role: "LEAD" });
  });

  it("refuses a deactivated account; deactivation ends its sessions and revokes its API tokens", async () => {
    const admin = await makeUser("ADMIN");
    const claims = person(["responders"]);
    const first = await signInWithSso(claims, settings, "192.0.2.16");
    if (!first.ok) throw new Error("first sign-in refused");
    const { token, tokenHash, prefix } = generateApiToken();
    await db.apiToken.create({ data: { userId: first.userId, name: "ci", tokenHash, prefix, expiresAt: new Date(Date.now() + 86_400_000) } });
    expect(await userForBearerToken(token)).toMatchObject({ id: first.userId });
    expect(await findActiveUser(first.userId)).toMatchObject({ id: first.userId, role: "RESPONDER" });

    await setUserActive(actorFor(admin), { userId: first.userId, active: false });
    expect(await findActiveUser(first.userId)).toBeNull();
    expect(await userForBearerToken(token)).toBeNull();
    expect(await signInWithSso(claims, settings, "192.0.2.16")).toEqual({ ok: false, reason: "deactivated" });

    // Reactivation does not bring the old token back.
    await setUserActive(actorFor(admin), { userId: first.userId, active: true });
    expect(await userForBearerToken(token)).toBeNull();
    expect(await db.apiToken.findFirstOrThrow({ where: { tokenHash }, select: { revokedAt: true } })).toEqual({ revokedAt: expect.any(Date) });
    expect((await auditFor({ targetId: first.userId, action: "user.deactivate" }))[0]?.data).toMatchObject({ apiTokensRevoked: 1 });
  });
});
