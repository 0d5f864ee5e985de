import { actorOf } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { acknowledgeIncident } from "@/lib/incidents/acknowledge-incident";
import { addNote } from "@/lib/incidents/add-note";
import { assignRole } from "@/lib/incidents/assign-role";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { transitionIncident } from "@/lib/incidents/transition-incident";
import { updateTask } from "@/lib/incidents/update-task";

type People = Record<"admin" | "lead" | "responder" | "exec" | "auditor", SessionUser>;

// A realistic board: a SEV1 compromise being investigated, a SEV2 credential
// leak contained, closed incidents from past weeks, one restricted incident
// and one drill. Everything goes through the same operations as the app.
export async function seedDemoIncidents(people: People) {
  const { lead, responder, admin } = people;
  const as = (user: SessionUser) => [user, actorOf(user)] as const;

  const miner = await declareIncident(...as(lead), {
    title: "Crypto miner running in payments/checkout pod",
    severity: "SEV1",
    category: "container_compromise",
    summary: "Falco flagged an unexpected outbound connection to a mining pool from checkout-7d9f8-xk2lp on worker-2. The metrics-agent sidecar image digest differs from the approved one.",
    affected: "cluster sandbox · namespace payments · deployment checkout · node worker-2",
    tags: ["falco", "payments", "pci"],
    detectedAt: minutesAgo(42).toISOString(),
  });
  await acknowledgeIncident(...as(lead), miner.id);
  await assignRole(...as(lead), miner.id, { kind: "FORENSICS", userId: responder.id });
  await assignRole(...as(lead), miner.id, { kind: "DEPUTY", userId: admin.id });
  await transitionIncident(...as(lead), miner.id, { to: "INVESTIGATING" });
  await completeTask(lead, miner.id, "Do not shut down the node or delete the pod");
  await addNote(...as(responder), miner.id, {
    body: "Outbound traffic from `metrics-agent` to **pool.minexmr.example:4444** since 09:12 UTC. Image pulled from an unapproved registry. Do **not** restart the pod — we need its memory.",
    isKey: true,
  });

  const leak = await declareIncident(...as(lead), {
    title: "CI deploy token leaked in public build log",
    severity: "SEV2",
    category: "credential_compromise",
    summary: "A GitHub Actions log printed the cluster deploy token. Token revoked; checking for use.",
    tags: ["ci", "token"],
    detectedAt: minutesAgo(300).toISOString(),
  });
  await acknowledgeIncident(...as(lead), leak.id);
  await transitionIncident(...as(lead), leak.id, { to: "INVESTIGATING" });
  await finishEvidenceTasks(lead, leak.id);
  await transitionIncident(...as(lead), leak.id, { to: "CONTAINED" });

  const exposure = await declareIncident(...as(lead), {
    title: "Customer export bucket readable without authentication",
    severity: "SEV2",
    category: "data_exposure",
    summary: "An export bucket holding customer invoices was public for up to 9 days. Legal is assessing notification duties.",
    restricted: true,
    tags: ["gdpr", "s3"],
  });
  await assignRole(...as(lead), exposure.id, { kind: "LEGAL", userId: admin.id });

  await declareIncident(...as(responder), {
    title: "Tabletop: ransomware in the staging cluster",
    severity: "SEV3",
    category: "other",
    summary: "Quarterly exercise run against the sandbox cluster.",
    drill: true,
  });

  for (const [title, weeksAgo] of [["Noisy neighbour pod exhausting node memory", 2], ["Suspicious kubectl exec from unknown IP (false positive)", 4]] as const) {
    const closed = await declareIncident(...as(lead), { title, severity: "SEV3", category: "resource_abuse" });
    await transitionIncident(...as(lead), closed.id, { to: "CLOSED", reason: "Confirmed benign after review" });
    await backdate(closed.id, weeksAgo * 7 * 24 * 60);
  }
  return { minerId: miner.id, leakId: leak.id, exposureId: exposure.id };
}

async function completeTask(user: SessionUser, incidentId: string, title: string) {
  const task = await db.incidentTask.findFirstOrThrow({ where: { incidentId, title }, select: { id: true } });
  await updateTask(user, actorOf(user), incidentId, task.id, { action: "complete" });
}

async function finishEvidenceTasks(user: SessionUser, incidentId: string) {
  const tasks = await db.incidentTask.findMany({ where: { incidentId, evidencePreservation: true, state: "OPEN" }, select: { id: true } });
  for (const task of tasks) await updateTask(user, actorOf(user), incidentId, task.id, { action: "complete" });
}

// Demo history only: moves a finished incident's times into the past so the
// board shows a realistic spread. (The audit log keeps the real times.)
async function backdate(incidentId: string, minutes: number) {
  const interval = `${minutes} minutes`;
  await db.$executeRaw`update incidents set detected_at = detected_at - ${interval}::interval, declared_at = declared_at - ${interval}::interval,
    acknowledged_at = acknowledged_at - ${interval}::interval, closed_at = closed_at - ${interval}::interval where id = ${incidentId}::uuid`;
  await db.$executeRaw`update timeline_events set at = at - ${interval}::interval where incident_id = ${incidentId}::uuid`;
}

function minutesAgo(minutes: number): Date {
  return new Date(Date.now() - minutes * 60_000);
}
