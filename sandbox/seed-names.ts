// Names in the default seed that tests, drills and docs refer to.

export const SEED = {
  nodes: ["control-plane-1", "worker-1", "worker-2", "worker-3"],
  controlPlane: "control-plane-1",
  namespaces: ["default", "kube-system", "payments"],
  suspect: {
    namespace: "payments",
    pod: "checkout-7d9f8-xk2lp",
    node: "worker-2",
    containers: ["checkout", "metrics-agent"],
    /** Restarted once (OOMKilled): it has previous logs; `checkout` has none. */
    suspiciousContainer: "metrics-agent",
    replicaSet: "checkout-7d9f8",
    claim: "checkout-uploads",
  },
  /** Refuses the first two evictions of a web pod with 429, then allows them. */
  boundedPdb: { namespace: "default", name: "web-pdb", refusals: 2, podOnSuspectNode: "web-5c8d7-q8r2n" },
  /** minAvailable equals replicas: every eviction of a coredns pod gets 429. */
  blockingPdb: { namespace: "kube-system", name: "coredns-pdb", pods: ["coredns-5d78c-2vbxk", "coredns-5d78c-8fjqw"] },
  /** Pods on the suspect node that Cordon should move off (not DaemonSet, not suspect). */
  movablePodsOnSuspectNode: ["default/netshoot", "default/web-5c8d7-q8r2n", "payments/ledger-6b4f9-t7wzp"],
  claims: ["payments/checkout-uploads", "payments/ledger-data"],
  snapshotClasses: { retain: "csi-retain", defaultDelete: "csi-delete" },
} as const;
