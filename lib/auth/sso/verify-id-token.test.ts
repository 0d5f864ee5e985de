// Cordon's own check of the id token, against a real OpenID provider's
// discovery document and published keys.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestIdentityProvider, type TestIdentityProvider } from "@/test/fixtures/oidc/test-identity-provider";
import { verifyIdToken } from "./verify-id-token";

let op: TestIdentityProvider;
beforeAll(async () => {
  op = await startTestIdentityProvider({ port: 0, redirectUris: ["http://localhost:1/api/auth/callback/oidc"] });
});
afterAll(() => op.stop());

const expected = () => ({ issuer: op.issuer, audience: op.clientId });
const claims = { sub: "rosa", email: "rosa@example.test", groups: ["responders"] };

describe("verifying the id token", () => {
  it("accepts a token signed by the provider for Cordon", async () => {
    const payload = await verifyIdToken(await op.signIdToken(claims), expected());
    expect(payload).toMatchObject({ ...claims, iss: op.issuer, aud: op.clientId });
  });

  it("refuses a token whose claims were altered after signing", async () => {
    const [header, body, signature] = (await op.signIdToken(claims)).split(".");
    const altered = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, "base64url").toString()), groups: ["security-admins"] })).toString("base64url");
    await expect(verifyIdToken(`${header}.${altered}.${signature}`, expected())).rejects.toThrow(/signature verification failed/);
  });

  it("refuses an expired token", async () => {
    await expect(verifyIdToken(await op.signIdToken(claims, { expiresInSeconds: -30 }), expected())).rejects.toThrow(/"exp" claim timestamp check failed/);
  });

  it("refuses a token from another issuer and one meant for another client", async () => {
    await expect(verifyIdToken(await op.signIdToken(claims, { issuer: "http://localhost:9/evil" }), expected())).rejects.toThrow(/unexpected "iss" claim value/);
    await expect(verifyIdToken(await op.signIdToken(claims, { audience: "someone-else" }), expected())).rejects.toThrow(/unexpected "aud" claim value/);
  });
});
