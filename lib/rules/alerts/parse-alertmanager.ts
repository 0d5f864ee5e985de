import { fingerprintOf, textOrNull, truncate } from "./fingerprint";
import { isObject } from "./parse-falco";
import { normalizePriority } from "./priority";
import { AlertPayloadError, type NormalizedAlert } from "./types";

export const MAX_ALERTS_PER_BATCH = 5_000;

// Alertmanager's webhook (version "4"): a notification carries a group of
// alerts, firing and resolved. Alertmanager's own fingerprint identifies an
// alert; its groupKey decides which incident the group joins.
export function parseAlertmanagerPayload(body: unknown): NormalizedAlert[] {
  if (!isObject(body) || !Array.isArray(body.alerts)) {
    throw new AlertPayloadError("An Alertmanager notification is a JSON object with an alerts array (webhook version 4)");
  }
  if (body.alerts.length > MAX_ALERTS_PER_BATCH) {
    throw new AlertPayloadError(`At most ${MAX_ALERTS_PER_BATCH} alerts per notification; lower max_alerts in webhook_configs`);
  }
  const groupKey = textOrNull(body.groupKey, 1000) ?? "";
  const commonLabels = stringRecord(body.commonLabels);
  const commonAnnotations = stringRecord(body.commonAnnotations);
  return body.alerts.map((alert, index) => {
    if (!isObject(alert)) throw new AlertPayloadError(`alerts[${index}] is not an object`);
    const labels = { ...commonLabels, ...stringRecord(alert.labels) };
    const annotations = { ...commonAnnotations, ...stringRecord(alert.annotations) };
    const alertname = labels.alertname ?? null;
    const fingerprint = textOrNull(alert.fingerprint, 200) ?? fingerprintOf(["alertmanager", ...Object.entries(labels).sort().map(([k, v]) => `${k}=${v}`)]);
    const status = alert.status === "resolved" ? "resolved" : alert.status === "firing" || alert.status === undefined ? "firing" : null;
    if (!status) throw new AlertPayloadError(`alerts[${index}].status must be "firing" or "resolved"`);
    return {
      fingerprint,
      groupKey: fingerprintOf(["alertmanager", groupKey || fingerprint]),
      status,
      ...normalizePriority(labels.severity),
      title: truncate(annotations.summary ?? annotations.description ?? alertname ?? "Alertmanager alert", 300),
      ruleName: alertname,
      cluster: textOrNull(labels.cluster),
      namespace: textOrNull(labels.namespace),
      pod: textOrNull(labels.pod),
      node: textOrNull(labels.node),
      container: textOrNull(labels.container),
      labels,
      raw: alert,
    };
  });
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isObject(value)) return {};
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) if (typeof item === "string") out[key.slice(0, 100)] = item.slice(0, 1000);
  return out;
}
