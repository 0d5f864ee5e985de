import "server-only";
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";

// Auth.js checks the id token's issuer, audience, expiry and nonce but, as
// OpenID Connect allows for tokens received straight from the token
// endpoint, not its signature. Cordon checks the signature too, against the
// provider's published keys, so a token altered on the way is refused.
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

async function keySetFor(issuer: string) {
  let keys = keySets.get(issuer);
  if (!keys) {
    const response = await fetch(new URL(".well-known/openid-configuration", issuer.endsWith("/") ? issuer : `${issuer}/`));
    if (!response.ok) throw new Error(`discovery answered ${response.status}`);
    const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
    if (!jwksUri) throw new Error("the provider publishes no jwks_uri");
    keys = createRemoteJWKSet(new URL(jwksUri));
    keySets.set(issuer, keys);
  }
  return keys;
}

export async function verifyIdToken(idToken: string, expected: { issuer: string; audience: string }): Promise<JWTPayload> {
  const { payload } = await jwtVerify(idToken, await keySetFor(expected.issuer), {
    issuer: expected.issuer,
    audience: expected.audience,
    requiredClaims: ["sub", "exp", "iat"],
  });
  return payload;
}
