import { publicBaseUrl } from "@/lib/notify/links";

export const ALERT_SOURCE_SELECT = {
  id: true,
  kind: true,
  name: true,
  tokenPrefix: true,
  mapping: true,
  enabled: true,
  sandbox: true,
  rotatedAt: true,
  createdAt: true,
} as const;

// Where the sender posts: falcosidekick's webhook address, Alertmanager's url.
export function ingestUrlOf(sourceId: string): string {
  return `${publicBaseUrl()}/api/v1/ingest/${sourceId}`;
}
