import "server-only";
import { env } from "@/lib/env";

// Absolute links for emails: CORDON_PUBLIC_URL when set, else the origin
// the request came in on.
export function publicBaseUrl(request?: Request): string {
  const configured = env().CORDON_PUBLIC_URL;
  if (configured) return configured.replace(/\/$/, "");
  return request ? new URL(request.url).origin : "http://127.0.0.1:3000";
}
