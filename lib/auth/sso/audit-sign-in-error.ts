import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { log } from "@/lib/log";

// Sign-ins that Auth.js itself refuses before Cordon's callbacks run: a
// state, PKCE or nonce check that failed (a forged or replayed callback), or
// an answer from the provider that did not hold up (wrong issuer, expired
// token). They are logged as Auth.js would and, like every refusal, audited.
const REFUSALS = new Set(["InvalidCheck", "CallbackRouteError", "OAuthCallbackError", "OAuthProfileParseError"]);

export function auditSignInError(error: Error): void {
  const type = (error as Error & { type?: string }).type ?? error.name;
  // A wrong password is audited by checkCredentials and is no server problem.
  if (type === "CredentialsSignin") return void log.debug({ code: (error as Error & { code?: string }).code }, "sign-in: credentials refused");
  log.warn({ err: error }, `sign-in: ${type}`);
  if (!REFUSALS.has(type)) return;
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  transaction((tx) =>
    appendAudit(tx, SYSTEM_ACTOR, { action: "auth.sign_in_refused_check", targetType: "user", targetId: null, data: { reason: type, detail: cause ?? error.message } }),
  ).catch((failure: unknown) => log.error({ err: failure }, "sign-in: could not audit a refused sign-in"));
}
