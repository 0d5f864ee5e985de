// Shared by the cluster-domain integration tests: a sandbox cluster
// registered under a name of its own (test files share one database), an
// incident and its people, evidence kept in a throwaway directory, and
// helpers that read what the domain stored.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { startSandboxCluster, type RecordedRequest, type SandboxCluster, type SandboxSeed } from "@/sandbox";
import { db } from "@/lib/db";
import { setEvidenceStore } from "@/lib/evidence/evidence-store-instance";
import { createFilesystemStore } from "@/lib/evidence/storage/filesystem-store";
import { stopBoss } from "@/lib/jobs/boss";
import { declareAs, uniqueWord } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { ensureSandboxCluster } from "./ensure-sandbox-cluster";
import { getClusterAction } from "./get-cluster-action";
import { requestClusterAction } from "./request-cluster-action";
import { runClusterAction } from "./run-cluster-action";
import type { RunOptions } from "./run-options";

export const noSleep = async () => {};

export interface Fixture {
  sandbox: SandboxCluster;
  clusterId: string;
  clusterName: string;
  lead: SessionUser;
  responder: SessionUser;
  evidenceDir: string;
  stop(): Promise<void>;
}

export async function startFixture(seed?: SandboxSeed): Promise<Fixture> {
  const sandbox = await startSandboxCluster(seed ? { seed } : {});
  const clusterName = `sandbox-${uniqueWord("t").slice(0, 12)}`;
  const cluster = await ensureSandboxCluster(sandbox.kubeconfig, { name: clusterName });
  const evidenceDir = await mkdtemp(join(tmpdir(), "cordon-cluster-evidence-"));
  setEvidenceStore(createFilesystemStore({ root: evidenceDir }));
  const [lead, responder] = await Promise.all([makeUser("LEAD"), makeUser("RESPONDER")]);
  return {
    sandbox,
    clusterId: cluster.id,
    clusterName,
    lead,
    responder,
    evidenceDir,
    async stop() {
      await sandbox.stop();
      setEvidenceStore(null);
      await rm(evidenceDir, { recursive: true, force: true });
      await stopBoss();
      await db.$disconnect();
    },
  };
}

export async function declareIncidentFor(user: SessionUser, severity = "SEV3", drill = false) {
  return (await declareAs(user, { severity, drill, category: "container_compromise" })).id;
}

/** Requests an action as `user` and, unless it waits for approval, runs its job handler directly. */
export async function requestAndRun(f: Fixture, user: SessionUser, incidentId: string, body: Record<string, unknown>, options: RunOptions = {}) {
  const requested = await requestClusterAction(user, actorFor(user), incidentId, { clusterId: f.clusterId, ...body });
  if (requested.status === "awaiting_approval") return requested;
  await runClusterAction(requested.id, { sleep: noSleep, ...options });
  return getClusterAction(user, incidentId, requested.id);
}

export const SUSPECT = { namespace: "payments", name: "checkout-7d9f8-xk2lp" };

export const quarantineBody = (moveOtherWorkloads = false, dryRun = false) => ({
  action: "quarantine_node",
  target: { node: "worker-2", suspectPods: [SUSPECT] },
  options: { moveOtherWorkloads },
  dryRun,
});

export const writesOf = (requests: RecordedRequest[]) => requests.filter((r) => r.method !== "GET");

/** The jobs queued for an action (pg-boss keeps them in its own schema). */
export async function jobsFor(actionId: string): Promise<{ name: string; singleton_key: string | null }[]> {
  return db.$queryRaw`select name, singleton_key from pgboss.job where data->>'actionId' = ${actionId}`;
}

export async function timelineTypes(incidentId: string): Promise<string[]> {
  const events = await db.timelineEvent.findMany({ where: { incidentId }, orderBy: { id: "asc" }, select: { type: true } });
  return events.map((event) => event.type);
}

/** Every timeline event has its audit entry (same action name), written together. */
export async function expectTimelineAudited(incidentId: string) {
  const events = await db.timelineEvent.groupBy({ by: ["type"], where: { incidentId }, _count: { _all: true } });
  for (const event of events) {
    const audits = await db.auditEntry.count({ where: { targetType: "incident", targetId: incidentId, action: `incident.${event.type}` } });
    expect(audits, `audit entries for ${event.type}`).toBeGreaterThanOrEqual(event._count._all);
  }
}
