import { fingerprintOf, textOrNull, truncate } from "./fingerprint";
import { normalizePriority } from "./priority";
import { AlertPayloadError, type NormalizedAlert } from "./types";

type FalcoEvent = Record<string, unknown> & { output_fields?: Record<string, unknown> };

// falcosidekick's webhook output: one Falco event per request. The default
// fingerprint is rule + namespace + pod + container, so the same rule firing
// again in the same container is a repeat; the group key is the pod, so every
// rule a compromised pod trips lands in one incident.
export function parseFalcoPayload(body: unknown): NormalizedAlert[] {
  if (!isObject(body)) throw new AlertPayloadError("A Falco event is a JSON object with rule, priority and output");
  const event = body as FalcoEvent;
  const rule = textOrNull(event.rule, 200);
  if (!rule) throw new AlertPayloadError("The Falco event has no rule: is this falcosidekick's webhook output?");
  const fields = isObject(event.output_fields) ? event.output_fields : {};
  const namespace = textOrNull(fields["k8s.ns.name"]);
  const pod = textOrNull(fields["k8s.pod.name"]);
  const container = textOrNull(fields["container.name"]) ?? textOrNull(fields["container.id"]);
  const cluster = textOrNull(fields["k8smeta.cluster.name"]) ?? textOrNull(fields.cluster) ?? textOrNull(fields["k8s.cluster.name"]);
  // Falco runs as a DaemonSet: its hostname is the node the event came from.
  const node = textOrNull(fields["k8s.node.name"]) ?? textOrNull(event.hostname);
  const labels: Record<string, string> = {};
  for (const key of ["proc.cmdline", "proc.name", "user.name", "container.image.repository", "container.id", "fd.name"]) {
    const value = textOrNull(fields[key], 500);
    if (value) labels[key] = value;
  }
  if (Array.isArray(event.tags)) labels.tags = event.tags.filter((tag) => typeof tag === "string").join(",").slice(0, 500);
  const source = textOrNull(event.source);
  if (source) labels.source = source;
  const output = textOrNull(event.output, 2000);
  return [
    {
      fingerprint: fingerprintOf(["falco", rule, namespace, pod, container]),
      groupKey: fingerprintOf(["falco", cluster, namespace ?? node, pod]),
      status: "firing",
      ...normalizePriority(event.priority),
      title: truncate(output ? stripTimestamp(output) : rule, 300),
      ruleName: rule,
      cluster,
      namespace,
      pod,
      node,
      container,
      labels,
      raw: body,
    },
  ];
}

// Falco's output starts with the event time and priority ("16:31:56.7466: Notice …").
function stripTimestamp(output: string): string {
  return output.replace(/^\d{2}:\d{2}:\d{2}\.\d+:\s+(?:[A-Z][a-z]+\s+)?/, "");
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
