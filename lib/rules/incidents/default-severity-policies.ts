// The policies a fresh install starts with. Timings follow common on-call
// practice (minutes for a critical breach, a day for a low-risk finding); the
// runbooks isolate first, then preserve evidence, because cordoning and
// deny-all policies stop the spread without destroying any state.
import type { RunbookTaskTemplate, SeverityPolicy } from "./severity-policy";

const preserveWorkloads: RunbookTaskTemplate = {
  key: "do-not-destroy-workloads",
  title: "Do not shut down the node or delete the pod",
  description:
    "Restarting, deleting or scaling down destroys the memory, disk and process state the investigation needs. Tell everyone on the response; Cordon isolates instead.",
  ownerRole: "LEAD",
  dueOffsetMinutes: 5,
  evidencePreservation: false,
};

const quarantineNode: RunbookTaskTemplate = {
  key: "quarantine-node",
  title: "Quarantine the node",
  description: "Cordon the node and add a non-evicting taint so nothing new is scheduled there; running pods keep running.",
  ownerRole: "LEAD",
  dueOffsetMinutes: 15,
  evidencePreservation: false,
};

const isolatePods: RunbookTaskTemplate = {
  key: "isolate-suspect-pods",
  title: "Isolate the suspect pods",
  description: "Label the pods and apply a deny-all network policy so they can't reach anything or be reached.",
  ownerRole: "LEAD",
  dueOffsetMinutes: 15,
  evidencePreservation: false,
};

const snapshotDisk: RunbookTaskTemplate = {
  key: "snapshot-node-disk",
  title: "Snapshot the node's disk",
  description: "Take a cloud or CSI snapshot with a retain policy and record it as evidence.",
  ownerRole: "FORENSICS",
  dueOffsetMinutes: 30,
  evidencePreservation: true,
};

function collectLogs(dueOffsetMinutes: number, ownerRole: RunbookTaskTemplate["ownerRole"]): RunbookTaskTemplate {
  return {
    key: "collect-logs",
    title: "Collect pod and node logs",
    description: "Collect container logs, node logs and cluster events before they rotate away; Cordon hashes them on arrival.",
    ownerRole,
    dueOffsetMinutes,
    evidencePreservation: true,
  };
}

function assessRegulatoryReporting(
  dueOffsetMinutes: number,
  ownerRole: RunbookTaskTemplate["ownerRole"],
): RunbookTaskTemplate {
  return {
    key: "assess-regulatory-reporting",
    title: "Assess regulatory reporting",
    description: "Decide which regulations apply and start their clocks; some deadlines run from when the breach became known.",
    ownerRole,
    dueOffsetMinutes,
    evidencePreservation: false,
  };
}

function briefExecutives(dueOffsetMinutes: number): RunbookTaskTemplate {
  return {
    key: "brief-executives",
    title: "Brief executives",
    description: "Share the status page and a plain-language summary: what happened, how bad, who leads, what is due.",
    ownerRole: "COMMS",
    dueOffsetMinutes,
    evidencePreservation: false,
  };
}

export const DEFAULT_SEVERITY_POLICIES: readonly SeverityPolicy[] = [
  {
    key: "SEV1",
    rank: 1,
    name: "SEV1 — critical",
    description:
      "Confirmed attacker access to production, data likely taken, or a credential with cluster-wide power leaked. Drop everything.",
    acknowledgeWithinMinutes: 5,
    updateEveryMinutes: 30,
    requiredRoles: ["LEAD", "DEPUTY", "COMMS", "SCRIBE", "FORENSICS", "LEGAL"],
    runbook: [
      preserveWorkloads,
      quarantineNode,
      isolatePods,
      snapshotDisk,
      collectLogs(30, "FORENSICS"),
      { key: "notify-legal", title: "Notify legal", ownerRole: "LEAD", dueOffsetMinutes: 60, evidencePreservation: false },
      assessRegulatoryReporting(120, "LEGAL"),
      briefExecutives(60),
    ],
    requiresSecondApprover: true,
    closeRequiresPostMortem: true,
    outOfBandOnly: false,
  },
  {
    key: "SEV2",
    rank: 2,
    name: "SEV2 — high",
    description:
      "A compromised workload or credential with limited reach, or suspected data exposure not yet confirmed. Respond now, during and out of hours.",
    acknowledgeWithinMinutes: 15,
    updateEveryMinutes: 60,
    requiredRoles: ["LEAD", "DEPUTY", "COMMS", "FORENSICS"],
    runbook: [
      preserveWorkloads,
      isolatePods,
      snapshotDisk,
      collectLogs(60, "FORENSICS"),
      assessRegulatoryReporting(240, "LEAD"),
      briefExecutives(120),
    ],
    requiresSecondApprover: false,
    closeRequiresPostMortem: true,
    outOfBandOnly: false,
  },
  {
    key: "SEV3",
    rank: 3,
    name: "SEV3 — moderate",
    description:
      "Suspicious activity or a contained misuse such as crypto-mining in a test namespace, with no sign of data access. Respond within working hours.",
    acknowledgeWithinMinutes: 60,
    updateEveryMinutes: 240,
    requiredRoles: ["LEAD", "FORENSICS"],
    runbook: [preserveWorkloads, isolatePods, collectLogs(240, "FORENSICS"), assessRegulatoryReporting(1440, "LEAD")],
    requiresSecondApprover: false,
    closeRequiresPostMortem: false,
    outOfBandOnly: false,
  },
  {
    key: "SEV4",
    rank: 4,
    name: "SEV4 — low",
    description:
      "A low-risk finding, policy violation or likely false positive worth recording and checking. Handle in the normal course of work.",
    acknowledgeWithinMinutes: 240,
    updateEveryMinutes: 1440,
    requiredRoles: ["LEAD"],
    runbook: [
      collectLogs(1440, "LEAD"),
      {
        key: "record-outcome",
        title: "Record the outcome",
        description: "Note on the timeline what was found and why no further action is needed, or raise the severity.",
        ownerRole: "LEAD",
        dueOffsetMinutes: 2880,
        evidencePreservation: false,
      },
    ],
    requiresSecondApprover: false,
    closeRequiresPostMortem: false,
    outOfBandOnly: false,
  },
];
