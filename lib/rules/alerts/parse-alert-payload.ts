import { ZGenericMapping } from "./generic-mapping";
import { parseAlertmanagerPayload } from "./parse-alertmanager";
import { parseFalcoPayload } from "./parse-falco";
import { parseGenericPayload } from "./parse-generic";
import { AlertPayloadError, type AlertSourceKind, type NormalizedAlert } from "./types";

// Reads a payload as its source's kind says it is shaped.
export function parseAlertPayload(kind: AlertSourceKind, body: unknown, mapping: unknown): NormalizedAlert[] {
  if (kind === "falco") return parseFalcoPayload(body);
  if (kind === "alertmanager") return parseAlertmanagerPayload(body);
  const parsed = ZGenericMapping.safeParse(mapping ?? {});
  if (!parsed.success) throw new AlertPayloadError("This source's mapping is incomplete: an administrator must set its title and dedupKey paths");
  return parseGenericPayload(body, parsed.data);
}
