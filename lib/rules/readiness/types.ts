// Shapes shared by the readiness checks. Cluster objects are the few fields
// the checks read, already validated by the scan (malformed objects are
// skipped and counted there), so every check here is pure and total.

export type CheckSeverity = "critical" | "high" | "medium" | "low";

/** fail and warn count against the score; unknown is neither pass nor fail. */
export type FindingStatus = "fail" | "warn" | "unknown";

export type ObjectRef = { kind: string; namespace?: string; name: string };

export type Finding = {
  checkId: string;
  status: FindingStatus;
  object: ObjectRef;
  /** What exactly is wrong with this object, in a sentence. */
  detail: string;
};

export type CheckArea = "workloads" | "rbac" | "network" | "versions" | "logging" | "cordon-access" | "plan";

export type CheckDefinition = {
  id: string;
  area: CheckArea;
  severity: CheckSeverity;
  title: string;
  /** The hardening guidance it comes from, cited. */
  guidance: string;
  fixHint: string;
  /** The Cordon screen that fixes it, when Cordon can. */
  fixHref?: string;
};

export type SecurityContext = {
  privileged?: boolean;
  runAsNonRoot?: boolean;
  runAsUser?: number;
  allowPrivilegeEscalation?: boolean;
  capabilities?: { add?: string[] };
};

export type Container = { name: string; image?: string; securityContext?: SecurityContext };

export type Pod = {
  namespace: string;
  name: string;
  ownerKind?: string;
  spec: {
    hostPID?: boolean;
    hostIPC?: boolean;
    hostNetwork?: boolean;
    serviceAccountName?: string;
    automountServiceAccountToken?: boolean;
    securityContext?: Pick<SecurityContext, "runAsNonRoot" | "runAsUser">;
    containers: Container[];
    initContainers?: Container[];
    ephemeralContainers?: Container[];
    volumes?: { name: string; hostPath?: { path: string } }[];
  };
};

export type Subject = { kind: string; name: string; namespace?: string };

export type PolicyRule = { apiGroups?: string[]; resources?: string[]; verbs: string[] };

export type Role = { kind: "ClusterRole" | "Role"; namespace?: string; name: string; rules: PolicyRule[] };

export type RoleBinding = {
  kind: "ClusterRoleBinding" | "RoleBinding";
  namespace?: string;
  name: string;
  roleRef: { kind: string; name: string };
  subjects: Subject[];
};

export type Namespace = { name: string; labels: Record<string, string> };

export type NetworkPolicy = { namespace: string; name: string };

export type Node = { name: string; kubeletVersion: string };

export type DaemonSet = {
  namespace: string;
  name: string;
  images: string[];
  desired: number;
  ready: number;
};

/** A resource Cordon could not list; the checks that need it answer "unknown". */
export type Unlisted = { resource: string; reason: string };
