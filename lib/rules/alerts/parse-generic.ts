import { fingerprintOf, textOrNull, truncate } from "./fingerprint";
import { pickPath, type TGenericMapping } from "./generic-mapping";
import { MAX_ALERTS_PER_BATCH } from "./parse-alertmanager";
import { normalizePriority } from "./priority";
import { AlertPayloadError, type NormalizedAlert } from "./types";

// Any JSON, read through the admin's mapping. A mapping that picks no title
// or dedup key refuses the whole payload: half an alert helps nobody.
export function parseGenericPayload(body: unknown, mapping: TGenericMapping): NormalizedAlert[] {
  const items = mapping.alerts ? pickPath(body, mapping.alerts) : [body];
  if (!Array.isArray(items)) throw new AlertPayloadError(`The mapping's alerts path ${mapping.alerts} picks no array in this payload`);
  if (items.length > MAX_ALERTS_PER_BATCH) throw new AlertPayloadError(`At most ${MAX_ALERTS_PER_BATCH} alerts per request`);
  return items.map((item, index) => {
    const at = mapping.alerts ? ` (alert ${index})` : "";
    const title = textOrNull(pickPath(item, mapping.title), 300);
    if (!title) throw new AlertPayloadError(`The mapping's title path ${mapping.title} picks nothing in this payload${at}`);
    const key = textOrNull(pickPath(item, mapping.dedupKey), 500);
    if (!key) throw new AlertPayloadError(`The mapping's dedupKey path ${mapping.dedupKey} picks nothing in this payload${at}`);
    const pick = (path?: string) => (path ? textOrNull(pickPath(item, path)) : null);
    const status = pick(mapping.status)?.toLowerCase();
    const groupKey = pick(mapping.groupKey);
    return {
      fingerprint: fingerprintOf(["generic", key]),
      groupKey: fingerprintOf(["generic", groupKey ?? key]),
      status: status && mapping.resolvedValues.some((value) => value.toLowerCase() === status) ? "resolved" : "firing",
      ...normalizePriority(pick(mapping.severity)),
      title: truncate(title, 300),
      ruleName: null,
      cluster: pick(mapping.cluster),
      namespace: pick(mapping.namespace),
      pod: pick(mapping.pod),
      node: pick(mapping.node),
      container: null,
      labels: {},
      raw: item,
    };
  });
}
