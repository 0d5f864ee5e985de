import { Readable } from "node:stream";
import { actorOf } from "@/lib/audit/actor";
import { ingestEvidence } from "@/lib/evidence/ingest-evidence";
import { recordEvidenceByReference } from "@/lib/evidence/record-evidence-by-reference";
import type { DemoIncidents, DemoPeople } from "./demo-types";

const SOURCE = { cluster: "sandbox", node: "worker-2", namespace: "payments", pod: "checkout-7d9f8-xk2lp" };

// The SEV1 miner's locker: the sidecar's log, the namespace's events and a
// snapshot of the pod's volume kept by the CSI driver, collected through the
// same operations the app and the collection jobs use.
export async function seedDemoEvidence(people: DemoPeople, incidents: DemoIncidents): Promise<void> {
  const { responder, lead } = people;
  const by = (user: DemoPeople["lead"]) => ({ user, actor: actorOf(user), address: "seed", userAgent: "cordon demo seed" });

  await ingestEvidence(
    {
      incidentId: incidents.minerId,
      kind: "POD_LOGS",
      title: "metrics-agent container log",
      description: "Log of the sidecar that connects to the mining pool, taken before isolation.",
      source: { ...SOURCE, container: "metrics-agent" },
      acquisitionMethod: "kubectl logs --container metrics-agent --timestamps",
      mediaType: "text/plain",
      fileName: "checkout-7d9f8-xk2lp.metrics-agent.log",
      tags: ["miner", "sidecar"],
      stream: Readable.from([podLog()]),
    },
    by(responder),
  );

  await ingestEvidence(
    {
      incidentId: incidents.minerId,
      kind: "EVENTS",
      title: "payments namespace events",
      source: { cluster: SOURCE.cluster, namespace: SOURCE.namespace },
      acquisitionMethod: "GET /api/v1/namespaces/payments/events",
      mediaType: "application/json",
      fileName: "payments-events.json",
      tags: ["events"],
      stream: Readable.from([JSON.stringify(namespaceEvents())]),
    },
    by(responder),
  );

  await recordEvidenceByReference(
    {
      incidentId: incidents.minerId,
      kind: "VOLUME_SNAPSHOT",
      title: "checkout data volume snapshot",
      description: "CSI VolumeSnapshot of the pod's PVC, retained by the driver.",
      source: SOURCE,
      acquisitionMethod: "VolumeSnapshot (snapshot.storage.k8s.io/v1)",
      tags: ["snapshot"],
      reference: {
        provider: "csi:ebs.csi.aws.com",
        snapshotId: "snapshot-3f2a9c1e-checkout-data",
        diskId: "pvc-8b41d2c7-checkout-data",
        region: "eu-west-1",
        zone: "eu-west-1b",
        retainPolicy: "Retain",
        metadata: { volumeSnapshotClass: "forensic-retain", readyToUse: true, restoreSize: "20Gi", sourcePersistentVolumeClaim: "checkout-data" },
      },
    },
    by(lead),
  );
}

function podLog(): string {
  const lines = [
    "2026-11-25T09:11:58.204Z metrics-agent v2.4.1 starting",
    "2026-11-25T09:12:01.117Z loading config from /etc/agent/config.yaml",
    "2026-11-25T09:12:03.540Z connecting to pool.minexmr.example:4444",
    "2026-11-25T09:12:03.912Z [xmrig] use pool pool.minexmr.example:4444 TLS",
    "2026-11-25T09:12:04.006Z [xmrig] CPU threads: 4, huge pages: disabled",
  ];
  for (let minute = 13; minute < 60; minute += 1) {
    lines.push(`2026-11-25T09:${String(minute).padStart(2, "0")}:00.000Z [xmrig] speed 10s/60s/15m 1843.2 1839.7 n/a H/s accepted ${minute - 12}`);
  }
  return `${lines.join("\n")}\n`;
}

function namespaceEvents() {
  return {
    kind: "EventList",
    apiVersion: "v1",
    items: [
      { type: "Normal", reason: "Pulled", involvedObject: { kind: "Pod", name: SOURCE.pod }, message: 'Container image "registry.example.net/metrics-agent:2.4.1" pulled', lastTimestamp: "2026-11-25T09:11:55Z" },
      { type: "Normal", reason: "Started", involvedObject: { kind: "Pod", name: SOURCE.pod }, message: "Started container metrics-agent", lastTimestamp: "2026-11-25T09:11:58Z" },
      { type: "Warning", reason: "FalcoAlert", involvedObject: { kind: "Pod", name: SOURCE.pod }, message: "Outbound connection to a known mining pool", lastTimestamp: "2026-11-25T09:12:04Z" },
    ],
  };
}
