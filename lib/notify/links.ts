import "server-only";
import { env } from "@/lib/env";

// Links in messages point at the address people reach Cordon on.
export function publicBaseUrl(): string {
  return (env().CORDON_PUBLIC_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
}

export function incidentUrl(incidentId: string): string {
  return `${publicBaseUrl()}/incidents/${incidentId}`;
}

export function ackUrl(token: string): string {
  return `${publicBaseUrl()}/api/v1/ack/${token}`;
}
