import { POST as ingestRoute } from "@/app/api/v1/ingest/[sourceId]/route";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { createAlertSource } from "@/lib/alerts/create-alert-source";
import type { TCreateAlertSourceInput } from "@/lib/alerts/schemas";
import { uniqueWord } from "@/test/helpers/incidents";

export async function makeSource(kind: "falco" | "alertmanager" | "generic" = "falco", extra: Partial<TCreateAlertSourceInput> = {}, options: { sandbox?: boolean } = {}) {
  return createAlertSource(SYSTEM_ACTOR, { kind, name: `${kind} ${uniqueWord()}`, ...extra } as TCreateAlertSourceInput, options);
}

// Posts to the ingest route as a sender would.
export function postAlert(sourceId: string, token: string | null, body: unknown, headers: Record<string, string> = {}) {
  const request = new Request(`http://cordon.test/api/v1/ingest/${sourceId}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return ingestRoute(request, { params: Promise.resolve({ sourceId }) });
}
