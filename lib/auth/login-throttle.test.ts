// Parallel guesses are counted against each other: however many arrive at
// once (on one node or several), no more than the limit get a password check.
import { describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/check-credentials";
import { db } from "@/lib/db";
import { makeUser, TEST_PASSWORD } from "@/test/helpers/users";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from "./login-throttle";

const reasons = (outcomes: Awaited<ReturnType<typeof checkCredentials>>[]) => outcomes.map((outcome) => (outcome.ok ? "ok" : outcome.reason)).sort();

describe("login throttling under parallel guesses", () => {
  it("checks at most the account's limit of passwords when guesses arrive at once from several addresses", async () => {
    const user = await makeUser();
    const guesses = Array.from({ length: MAX_FAILURES_PER_ACCOUNT + 7 }, (_, i) => checkCredentials({ email: user.email, password: `guess-${i}-password` }, `203.0.113.${i}`));
    const outcomes = reasons(await Promise.all(guesses));
    expect(outcomes.filter((reason) => reason === "invalid")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(outcomes.filter((reason) => reason === "throttled")).toHaveLength(7);
    expect(await db.auditEntry.count({ where: { action: "auth.sign_in_failed", data: { path: ["email"], equals: user.email } } })).toBe(MAX_FAILURES_PER_ACCOUNT);
    expect(await checkCredentials({ email: user.email, password: TEST_PASSWORD }, "203.0.113.250")).toEqual({ ok: false, reason: "throttled" });
  });

  it("checks at most the address's limit when one address guesses many accounts at once", async () => {
    const address = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const guesses = Array.from({ length: MAX_FAILURES_PER_ADDRESS + 5 }, (_, i) => checkCredentials({ email: `spray-${i}-${address}@example.com`, password: "guess-guess-guess" }, address));
    const outcomes = reasons(await Promise.all(guesses));
    expect(outcomes.filter((reason) => reason === "invalid")).toHaveLength(MAX_FAILURES_PER_ADDRESS);
    expect(outcomes.filter((reason) => reason === "throttled")).toHaveLength(5);
  });

  it("does not hold a right password for a deactivated account against it", async () => {
    const user = await makeUser();
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await checkCredentials({ email: user.email, password: TEST_PASSWORD }, "192.0.2.77")).toEqual({ ok: false, reason: "deactivated" });
    expect(await db.loginFailure.count({ where: { email: user.email } })).toBe(0);
  });
});
