import "server-only";
import type { Account, User } from "next-auth";
import { appendAudit } from "@/lib/audit/append-audit";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { log } from "@/lib/log";
import { signInWithSso } from "./sign-in-with-sso";
import type { SsoSettings } from "./sso-settings";
import { verifyIdToken } from "./verify-id-token";

/**
 * The signIn callback's answer for a single sign-on: true to let the person
 * in (with `user.id` set to their Cordon account), or the sign-in page with
 * the reason they were refused.
 */
export async function completeSsoSignIn(user: User, account: Account, settings: SsoSettings, address: string): Promise<true | string> {
  let claims;
  try {
    if (!account.id_token) throw new Error("the token response carries no id token");
    claims = await verifyIdToken(account.id_token, { issuer: settings.issuer, audience: settings.clientId });
  } catch (error) {
    log.warn({ err: error }, "single sign-on: id token refused");
    await transaction((tx) =>
      appendAudit(tx, SYSTEM_ACTOR, { action: "auth.sso_refused", targetType: "user", targetId: null, data: { address, reason: "token-invalid", detail: error instanceof Error ? error.message : String(error) } }),
    );
    return "/sign-in?error=sso-token-invalid";
  }
  const outcome = await signInWithSso({ ...claims, sub: claims.sub! }, settings, address);
  if (!outcome.ok) return `/sign-in?error=sso-${outcome.reason}`;
  user.id = outcome.userId;
  return true;
}
