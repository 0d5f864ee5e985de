// With single sign-on on, a password opens only break-glass accounts.
import { beforeAll, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/check-credentials";
import { db } from "@/lib/db";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { createUser } from "@/lib/users/create-user";
import { makeUser, TEST_PASSWORD } from "@/test/helpers/users";

beforeAll(() => {
  // Read once, on the first use of the environment in this test file's process.
  process.env.CORDON_LOCAL_SIGN_IN = "break-glass";
});

describe("break-glass password sign-in", () => {
  it("lets a break-glass account in with its password and records when", async () => {
    const admin = await createUser(SYSTEM_ACTOR, { email: `glass-${Date.now()}@test.cordon.local`, name: "Glass", role: "ADMIN", password: TEST_PASSWORD, breakGlass: true });
    expect(await checkCredentials({ email: admin.email, password: TEST_PASSWORD }, "192.0.2.40")).toMatchObject({ ok: true, user: { id: admin.id } });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { lastSignInAt: true } })).toEqual({ lastSignInAt: expect.any(Date) });
    expect(await db.auditEntry.findFirst({ where: { action: "auth.sign_in", targetId: admin.id }, select: { data: true } })).toMatchObject({ data: { method: "password", breakGlass: true } });
  });

  it("refuses other accounts' right passwords, and says so only to someone who knew the password", async () => {
    const user = await makeUser("LEAD");
    expect(await checkCredentials({ email: user.email, password: "not the password" }, "192.0.2.41")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials({ email: user.email, password: TEST_PASSWORD }, "192.0.2.41")).toEqual({ ok: false, reason: "local-sign-in-off" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastSignInAt: true } })).toEqual({ lastSignInAt: null });
    expect(await db.auditEntry.count({ where: { action: "auth.sign_in_refused_local_off", targetId: user.id } })).toBe(1);
  });
});
