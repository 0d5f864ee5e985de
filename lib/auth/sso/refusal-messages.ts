// What the sign-in page says for each `?error=` it can be sent back with:
// Cordon's own refusals of a single sign-on, and Auth.js's error types
// (state, PKCE, nonce, issuer or token checks that failed end as
// "Configuration" or "InvalidCheck"; Auth.js keeps the detail in the log).
export const SIGN_IN_ERRORS: Record<string, string> = {
  "sso-groups-malformed": "Your identity provider sent your groups in a form Cordon does not accept (a list of group names is needed). Ask an administrator to check the provider's groups claim.",
  "sso-no-mapped-group": "You are not in any group that gives access to Cordon. Ask your identity provider's administrator to add you to one.",
  "sso-email-unverified": "Your identity provider has not verified your email address, so Cordon cannot accept it. Verify it there and try again.",
  "sso-email-missing": "Your identity provider did not send an email address, which Cordon needs to identify you.",
  "sso-email-in-use": "Another Cordon account already uses your email address, and your identity provider cannot prove it is yours. Ask an administrator.",
  "sso-token-invalid": "The identity provider's answer could not be verified (its signature, issuer, audience or expiry was wrong). Nothing was changed; try again, or ask an administrator.",
  "sso-deactivated": "This account has been deactivated. Ask an administrator if you need access again.",
  "sso-unavailable": "Single sign-on is not available right now. Try again, or ask an administrator.",
  InvalidCheck: "The sign-in could not be verified (the answer did not match the request that started it). Nothing was changed; start again from this page.",
  Configuration: "Single sign-on failed: the identity provider's answer could not be verified. Nothing was changed; start again from this page, or ask an administrator.",
  OAuthCallbackError: "The identity provider refused the sign-in. Start again from this page.",
  AccessDenied: "Access was refused. Ask an administrator if you think you should have access.",
  "local-sign-in-off": "Password sign-in is only for break-glass accounts here. Sign in with single sign-on.",
};

export function signInErrorMessage(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return SIGN_IN_ERRORS[code] ?? SIGN_IN_ERRORS.Configuration;
}
