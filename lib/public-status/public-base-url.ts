import "server-only";
import { env } from "@/lib/env";
import { publicBaseUrl as linkBase } from "@/lib/notify/links";

// Absolute links for emails: CORDON_PUBLIC_URL when set, else the origin
// the request came in on, else the address this server listens on.
export function publicBaseUrl(request?: Request): string {
  const configured = env().CORDON_PUBLIC_URL;
  if (configured) return configured.replace(/\/$/, "");
  return request ? new URL(request.url).origin : linkBase();
}
