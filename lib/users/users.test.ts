import { describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/check-credentials";
import { MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/login-throttle";
import { db } from "@/lib/db";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { setUserActive } from "@/lib/users/set-user-active";
import { actorFor, makeUser, TEST_PASSWORD } from "@/test/helpers/users";

const address = () => `10.0.0.${Math.floor(Math.random() * 250)}`;

describe("users", () => {
  it("creates an account with a hashed password and an audit entry", async () => {
    const admin = await makeUser("ADMIN");
    const user = await createUser(actorFor(admin), { email: "New.Person@Example.com", name: "New Person", role: "LEAD", password: TEST_PASSWORD });
    expect(user.email).toBe("new.person@example.com");
    expect(user).not.toHaveProperty("passwordHash");
    const stored = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
    expect(stored!.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(stored!.passwordHash).not.toContain(TEST_PASSWORD);
    const audit = await db.auditEntry.findFirst({ where: { action: "user.create", targetId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.id, data: { email: "new.person@example.com", role: "LEAD" } });
  });

  it("refuses a duplicate email, a short password and an unknown role, changing nothing", async () => {
    const existing = await makeUser();
    const before = await db.user.count();
    await expect(createUser(actorFor(existing), { email: existing.email, name: "x", role: "LEAD", password: TEST_PASSWORD })).rejects.toThrow(/already exists/);
    await expect(createUser(actorFor(existing), { email: "short@x.io", name: "x", role: "LEAD", password: "short" })).rejects.toThrow(/at least 12/);
    await expect(
      createUser(actorFor(existing), { email: "role@x.io", name: "x", role: "WIZARD" as "LEAD", password: TEST_PASSWORD }),
    ).rejects.toThrow(/Role must be one of/);
    expect(await db.user.count()).toBe(before);
  });

  it("changes roles and deactivates, never deletes, and keeps one admin", async () => {
    const admin = await makeUser("ADMIN");
    const person = await makeUser("RESPONDER");
    await changeUserRole(actorFor(admin), { userId: person.id, role: "LEAD" });
    const deactivated = await setUserActive(actorFor(admin), { userId: person.id, active: false });
    expect(deactivated.deactivatedAt).toBeInstanceOf(Date);
    await expect(setUserActive(actorFor(admin), { userId: admin.id, active: false })).rejects.toThrow(/your own account/);
    await expect(setUserActive(actorFor(admin), { userId: person.id, active: false })).rejects.toThrow(/already deactivated/);
    const actions = await db.auditEntry.findMany({ where: { targetId: person.id }, select: { action: true }, orderBy: { seq: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["user.create", "user.change_role", "user.deactivate"]);
  });
});

describe("sign-in", () => {
  it("accepts the right password and audits the sign-in", async () => {
    const user = await makeUser("LEAD");
    const outcome = await checkCredentials({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, address());
    expect(outcome).toMatchObject({ ok: true, user: { id: user.id, role: "LEAD" } });
    expect(await db.auditEntry.count({ where: { action: "auth.sign_in", actorId: user.id } })).toBe(1);
  });

  it("gives the same answer for a wrong password and an unknown user", async () => {
    const user = await makeUser();
    expect(await checkCredentials({ email: user.email, password: "wrong password!!" }, address())).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials({ email: "nobody@nowhere.example", password: "whatever12345" }, address())).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a deactivated account even with the right password", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser();
    await setUserActive(actorFor(admin), { userId: user.id, active: false });
    expect(await checkCredentials({ email: user.email, password: TEST_PASSWORD }, address())).toEqual({ ok: false, reason: "deactivated" });
  });

  it("throttles an account after repeated failures, even with the right password", async () => {
    const user = await makeUser();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await checkCredentials({ email: user.email, password: `wrong-${i}-password` }, `192.0.2.${i}`);
    }
    expect(await checkCredentials({ email: user.email, password: TEST_PASSWORD }, "192.0.2.200")).toEqual({ ok: false, reason: "throttled" });
  });

  it("throttles an address that guesses across many accounts", async () => {
    const guesser = "198.51.100.7";
    for (let i = 0; i < 20; i++) await checkCredentials({ email: `victim${i}@example.com`, password: "guess-guess-guess" }, guesser);
    const user = await makeUser();
    expect(await checkCredentials({ email: user.email, password: TEST_PASSWORD }, guesser)).toEqual({ ok: false, reason: "throttled" });
    expect(await checkCredentials({ email: user.email, password: TEST_PASSWORD }, "198.51.100.8")).toMatchObject({ ok: true });
  });
});
