import { describe, expect, it } from "vitest";
import { userForBearerToken, hashApiToken } from "@/lib/auth/bearer-token";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { setUserActive } from "@/lib/users/set-user-active";
import { actorFor, makeUser } from "@/test/helpers/users";

describe("API tokens", () => {
  it("shows the token once, stores only its hash, and authenticates with it", async () => {
    const user = await makeUser("LEAD");
    const created = await createApiToken(actorFor(user), user.id, { name: "ci" });
    expect(created.token).toMatch(/^cdn_[A-Za-z0-9_-]{43}$/);
    const stored = await db.apiToken.findUnique({ where: { id: created.id }, select: { tokenHash: true } });
    expect(stored!.tokenHash).toBe(hashApiToken(created.token));
    const listed = await listApiTokens(user.id);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(await userForBearerToken(created.token)).toMatchObject({ id: user.id, role: "LEAD" });
  });

  it("stops working when revoked, expired, or its owner is deactivated", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser();
    const revoked = await createApiToken(actorFor(user), user.id, { name: "revoked" });
    await revokeApiToken(actorFor(user), user.id, revoked.id);
    expect(await userForBearerToken(revoked.token)).toBeNull();
    await expect(revokeApiToken(actorFor(user), user.id, revoked.id)).rejects.toThrow(/already revoked/);

    const expired = await createApiToken(actorFor(user), user.id, { name: "expired", expiresInDays: 1 });
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await userForBearerToken(expired.token)).toBeNull();

    const live = await createApiToken(actorFor(user), user.id, { name: "live" });
    expect(await userForBearerToken(live.token)).not.toBeNull();
    await setUserActive(actorFor(admin), { userId: user.id, active: false });
    expect(await userForBearerToken(live.token)).toBeNull();
  });

  it("will not let one person revoke another's token", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    const token = await createApiToken(actorFor(owner), owner.id, { name: "mine" });
    await expect(revokeApiToken(actorFor(other), other.id, token.id)).rejects.toThrow(/not found/);
  });

  it("refuses an expiry beyond a year", async () => {
    const user = await makeUser();
    await expect(createApiToken(actorFor(user), user.id, { name: "forever", expiresInDays: 5000 })).rejects.toThrow(/at most 365 days/);
  });
});
