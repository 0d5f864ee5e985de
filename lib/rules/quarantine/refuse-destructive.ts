// Cordon never destroys evidence. Requests that would — by action name or by
// an option hidden anywhere in them — are refused with the reason, before
// any schema or planner sees them, so the person learns *why*, not just
// "unknown action".

export type RefusalRule = "delete" | "restart" | "no-execute" | "evict-suspect" | "drain" | "scale-to-zero" | "exec";

export interface Refusal {
  rule: RefusalRule;
  message: string;
}

export const REFUSAL_MESSAGES: Readonly<Record<RefusalRule, string>> = {
  delete:
    "Refused: deleting pods, nodes or volumes destroys evidence — a deleted pod takes its memory, processes, container filesystem and logs with it, and a deleted node its disk. Quarantine the node or isolate the pod instead; both keep it running for analysis.",
  restart:
    "Refused: restarting a pod, container or node wipes its memory and running processes and replaces its filesystem — the evidence an investigation needs — and tells the attacker they were noticed. Isolate the pod or quarantine the node instead.",
  "no-execute":
    "Refused: a NoExecute taint makes Kubernetes evict every pod on the node that does not tolerate it, the suspect pods included, destroying their evidence. Cordon only uses NoSchedule taints, which leave running pods where they are.",
  "evict-suspect":
    "Refused: evicting a pod deletes it, with its memory, processes and logs. Cordon only moves the other workloads off a quarantined node (quarantine_node with moveOtherWorkloads) and never evicts the pods under investigation.",
  drain:
    "Refused: draining a node evicts every pod on it, the suspect pods included, destroying their evidence. Use quarantine_node with moveOtherWorkloads: it moves the other workloads off and keeps the suspect pods running.",
  "scale-to-zero":
    "Refused: scaling the owning workload to zero deletes its pods, the suspect included, with their memory and logs. Isolate the pod (optionally detaching it from its controller) instead: the service keeps its capacity and the suspect keeps running.",
  exec: "Refused: running commands or scripts inside a suspect container alters the evidence and can alert the attacker. Collect a checkpoint, logs and a volume snapshot instead.",
};

const ACTION_WORDS: ReadonlyArray<[RefusalRule, ReadonlySet<string>]> = [
  ["drain", new Set(["drain"])],
  ["evict-suspect", new Set(["evict", "eviction"])],
  ["scale-to-zero", new Set(["scale", "scaledown"])],
  ["restart", new Set(["restart", "reboot", "recreate", "rollout", "redeploy", "recycle", "bounce", "reschedule"])],
  ["delete", new Set(["delete", "destroy", "kill", "terminate", "purge", "wipe", "erase"])],
  ["exec", new Set(["exec", "script", "shell", "command"])],
];

const REMOVABLE_OBJECTS = new Set(["pod", "pods", "node", "nodes", "container", "volume", "pvc", "workload", "deployment", "namespace", "instance", "snapshot"]);

/** `deletePod`, `Delete-Pod` and `delete pod` all read as ["delete", "pod"]. */
export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function ruleForWords(words: string[]): RefusalRule | undefined {
  for (const [rule, set] of ACTION_WORDS) {
    if (words.some((word) => set.has(word))) return rule;
  }
  // "remove" is only destructive with an object: remove_label is not a deletion.
  if (words.some((w) => w === "remove" || w === "rm") && words.some((w) => REMOVABLE_OBJECTS.has(w))) return "delete";
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isSet(value: unknown): boolean {
  return value !== false && value !== 0 && value !== null && value !== undefined && value !== "" && value !== "false";
}

// Bounded walk: requests come from outside and may be deep or huge.
const MAX_DEPTH = 8;
const MAX_VISITS = 2_000;

function scanValue(value: unknown, depth: number, budget: { left: number }): RefusalRule | undefined {
  if (budget.left-- <= 0 || depth > MAX_DEPTH) return undefined;
  if (typeof value === "string") return value.trim().toLowerCase() === "noexecute" ? "no-execute" : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const rule = scanValue(item, depth + 1, budget);
      if (rule) return rule;
    }
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const words = wordsOf(key);
    if (words.includes("replicas") && (child === 0 || child === "0")) return "scale-to-zero";
    if (isSet(child) && typeof child !== "object") {
      const rule = ruleForWords(words);
      if (rule) return rule;
    }
    const nested = scanValue(child, depth + 1, budget);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * The reason a request would destroy evidence, or `undefined` when it would
 * not. Looks at the action name and at every option, wherever it is nested.
 */
export function refuseDestructive(request: unknown): Refusal | undefined {
  if (!isRecord(request)) return undefined;
  const action = request.action;
  let rule = typeof action === "string" ? ruleForWords(wordsOf(action)) : undefined;
  if (!rule) {
    const { action: _action, incidentId: _incidentId, ...rest } = request;
    rule = scanValue(rest, 0, { left: MAX_VISITS });
  }
  return rule ? { rule, message: REFUSAL_MESSAGES[rule] } : undefined;
}
