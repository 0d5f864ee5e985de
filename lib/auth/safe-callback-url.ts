// Only same-site paths: a callback URL must never send someone to another
// site after signing in (open redirect).
export function safeCallbackUrl(value: string | undefined | null): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}
