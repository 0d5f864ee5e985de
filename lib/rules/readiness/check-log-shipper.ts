import type { DaemonSet, Finding } from "./types";

// Images of log shippers and runtime-security agents, matched on the image
// name without registry or tag.
const AGENTS = ["fluent-bit", "fluentbit", "fluentd", "vector", "opentelemetry-collector", "otel-collector", "otelcol", "falco", "tetragon", "datadog-agent", "filebeat", "promtail", "grafana-agent", "alloy"];

export function isLogAgentImage(image: string): boolean {
  const name = image.split("@")[0]!.split("/").pop()!.split(":")[0]!.toLowerCase();
  return AGENTS.some((agent) => name === agent || name.startsWith(`${agent}-`) || name.endsWith(`-${agent}`));
}

export function checkLogShipper(clusterName: string, daemonSets: readonly DaemonSet[], nodeCount: number): Finding[] {
  const object = { kind: "Cluster", name: clusterName };
  const agents = daemonSets.filter((ds) => ds.images.some(isLogAgentImage));
  if (agents.length === 0) return [{ checkId: "LOG-SHIPPER", status: "fail", object, detail: "no log shipper or runtime-security agent runs as a DaemonSet: node and container logs stay on the nodes" }];
  const everywhere = agents.find((ds) => ds.desired >= nodeCount && ds.ready >= nodeCount);
  if (everywhere) return [];
  const best = agents.reduce((a, b) => (b.ready > a.ready ? b : a));
  return [{ checkId: "LOG-SHIPPER", status: "warn", object: { kind: "DaemonSet", namespace: best.namespace, name: best.name }, detail: `ready on ${best.ready} of ${nodeCount} nodes` }];
}
