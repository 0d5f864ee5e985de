// The label, annotation and object names Cordon writes to clusters. Release
// finds its own changes by these names, so they must never change meaning.

export const QUARANTINE_LABEL = "cordon.dev/quarantine";
export const QUARANTINED_BY_ANNOTATION = "cordon.dev/quarantined-by";
export const PRE_QUARANTINE_ANNOTATION = "cordon.dev/pre-quarantine";
export const ORIGINAL_LABELS_ANNOTATION = "cordon.dev/original-labels";
export const MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
export const MANAGED_BY_VALUE = "cordon";
export const MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";

/** Keep cluster autoscalers and Karpenter from removing the node under investigation. */
export const AUTOSCALER_ANNOTATIONS: Readonly<Record<string, string>> = {
  "cluster-autoscaler.kubernetes.io/scale-down-disabled": "true",
  "karpenter.sh/do-not-disrupt": "true",
};

export const EVENT_REPORTER = "cordon.dev/cordon";

// Label values: at most 63 characters, alphanumerics plus - _ . inside.
const LABEL_VALUE = /^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;

export function isValidIncidentId(id: string): boolean {
  return LABEL_VALUE.test(id);
}

// FNV-1a: a dependency-free, deterministic hash; uniqueness, not secrecy.
function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * A short, DNS-safe form of the incident id for object names. Short ids that
 * are already lowercase alphanumerics are kept; anything else gets a hash so
 * two incidents never share a policy name (a 409 on create is read as "ours").
 */
export function shortIncidentId(incidentId: string): string {
  const plain = incidentId.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (plain === incidentId && plain.length <= 12) return plain;
  return `${plain.slice(0, 8)}${fnv1a32(incidentId)}`;
}

export function quarantinePolicyName(incidentId: string): string {
  return `cordon-quarantine-${shortIncidentId(incidentId)}`;
}

/** Event names are per object and incident so a repeated POST answers 409 instead of duplicating. */
export function quarantineEventName(objectName: string, incidentId: string, what: "quarantine" | "isolate" | "release"): string {
  return `${objectName}.cordon-${what}-${shortIncidentId(incidentId)}`;
}

const segment = (value: string) => encodeURIComponent(value);

export function nodePath(node: string): string {
  return `/api/v1/nodes/${segment(node)}`;
}

export function podPath(namespace: string, pod: string): string {
  return `/api/v1/namespaces/${segment(namespace)}/pods/${segment(pod)}`;
}

export function networkPoliciesPath(namespace: string): string {
  return `/apis/networking.k8s.io/v1/namespaces/${segment(namespace)}/networkpolicies`;
}

export function eventsPath(namespace: string): string {
  return `/api/v1/namespaces/${segment(namespace)}/events`;
}
