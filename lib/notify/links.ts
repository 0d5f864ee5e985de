import "server-only";
import { env, type TEnv } from "@/lib/env";
import { isLocalOnly, servedUrl } from "@/lib/http/served-url";
import { log } from "@/lib/log";

type LinkBase = { url: string; configured: boolean; localOnly: boolean };

// Links in messages point at the address people reach Cordon on:
// CORDON_PUBLIC_URL, else the address this server listens on (PORT and
// HOST, which the web server sets to what it serves; a worker run apart
// reads them from its environment, defaulting to 127.0.0.1:3000 like the
// launcher).
export function linkBaseFrom(settings: Pick<TEnv, "CORDON_PUBLIC_URL" | "PORT" | "HOST">): LinkBase {
  if (settings.CORDON_PUBLIC_URL) return { url: settings.CORDON_PUBLIC_URL.replace(/\/+$/, ""), configured: true, localOnly: false };
  return { url: servedUrl(settings.HOST, settings.PORT), configured: false, localOnly: isLocalOnly(settings.HOST) };
}

export function publicBaseUrl(): string {
  return linkBaseFrom(env()).url;
}

export function incidentUrl(incidentId: string): string {
  return `${publicBaseUrl()}/incidents/${incidentId}`;
}

export function ackUrl(token: string): string {
  return `${publicBaseUrl()}/api/v1/ack/${token}`;
}

/** The log line a process that sends messages starts with when CORDON_PUBLIC_URL is unset, or null when it is set. */
export function describeDefaultLinkBase(settings: Pick<TEnv, "CORDON_PUBLIC_URL" | "PORT" | "HOST">): string | null {
  const base = linkBaseFrom(settings);
  if (base.configured) return null;
  const reach = base.localOnly ? "only from this machine" : "where this server listens";
  return `CORDON_PUBLIC_URL is not set: links in notifications point at ${base.url} (${reach}). Set CORDON_PUBLIC_URL to the address people reach Cordon at.`;
}

// Said once by each process that sends messages (the web server, `npm run
// worker`), so that a wrong default is noticed before a link is followed.
export function logLinkBase(): void {
  const message = describeDefaultLinkBase(env());
  if (message) log.info({ publicUrl: publicBaseUrl() }, message);
}
