import "server-only";
import { transaction } from "@/lib/db";
import { groupCommit } from "@/lib/db/group-commit";
import { enqueueInTransaction } from "@/lib/jobs/enqueue";
import type { NormalizedAlert } from "@/lib/rules/alerts/types";
import { announceRepeats } from "./announce-repeats";
import { routeAlertGroupsQueue } from "./job-queues";
import { foldInto, storeAlerts, upsertGroups, type FoldedAlert, type StoredAlerts } from "./store-alerts";

export type AlertSubmission = { sourceId: string; alerts: readonly NormalizedAlert[] };

// A flood (the same Falco rule firing on every node) writes the same few
// groups thousands of times a second. Requests that arrive while a write is
// in flight share the next one (lib/db/group-commit): their repeats fold
// into one count per group, and each request is answered once the shared
// transaction has committed, so an accepted event is never lost.
const MAX_REQUESTS_PER_WRITE = 500;

const holder = globalThis as unknown as { cordonAlertGroupCommit?: (submission: AlertSubmission) => Promise<StoredAlerts> };

export function submitAlerts(submission: AlertSubmission): Promise<StoredAlerts> {
  holder.cordonAlertGroupCommit ??= groupCommit(storeSubmissions, MAX_REQUESTS_PER_WRITE);
  return holder.cordonAlertGroupCommit(submission);
}

/**
 * Stores submissions in arrival order. Runs of firing-only submissions share
 * one transaction; one that resolves alerts is stored on its own, so a
 * resolution is never reordered with the firings around it.
 */
export async function storeSubmissions(submissions: AlertSubmission[]): Promise<StoredAlerts[]> {
  const results: StoredAlerts[] = [];
  let run: AlertSubmission[] = [];
  const storeRun = async () => {
    if (run.length > 0) results.push(...(await storeFiringRun(run)));
    run = [];
  };
  for (const submission of submissions) {
    if (submission.alerts.every((alert) => alert.status !== "resolved")) {
      run.push(submission);
      continue;
    }
    await storeRun();
    results.push(await storeAlerts(submission.sourceId, submission.alerts));
  }
  await storeRun();
  return results;
}

async function storeFiringRun(submissions: AlertSubmission[]): Promise<StoredAlerts[]> {
  if (submissions.length === 1) return [await storeAlerts(submissions[0]!.sourceId, submissions[0]!.alerts)];
  // Per source: each fingerprint once, with how many times it came, and the
  // submission that brought it first (it reports the group as new).
  const bySource = new Map<string, { events: number; folded: Map<string, FoldedAlert>; firstIn: Map<string, number> }>();
  submissions.forEach(({ sourceId, alerts }, index) => {
    const source = bySource.get(sourceId) ?? { events: 0, folded: new Map(), firstIn: new Map() };
    bySource.set(sourceId, source);
    source.events += alerts.length;
    for (const alert of alerts) {
      if (foldInto(source.folded, alert).n === 1) source.firstIn.set(alert.fingerprint, index);
    }
  });
  const newGroupsOf = new Array<number>(submissions.length).fill(0);
  await transaction(async (tx) => {
    const newIds: string[] = [];
    for (const [sourceId, { events, folded, firstIn }] of bySource) {
      if (folded.size === 0) continue;
      const rows = await upsertGroups(tx, sourceId, [...folded.values()], events);
      const inserted = rows.filter((row) => row.inserted);
      for (const row of inserted) newGroupsOf[firstIn.get(row.fingerprint)!]! += 1;
      newIds.push(...inserted.map((row) => row.id));
      if (inserted.length > 0) await tx.$executeRaw`select pg_notify('alerts_changed', ${sourceId})`;
    }
    if (newIds.length > 0) await enqueueInTransaction(tx, routeAlertGroupsQueue, { groupIds: newIds });
  });
  const results = submissions.map(({ alerts }, index) => ({
    accepted: alerts.length,
    groups: new Set(alerts.map((alert) => alert.fingerprint)).size,
    newGroups: newGroupsOf[index]!,
    resolved: 0,
  }));
  if (results.some((result) => result.groups > result.newGroups)) announceRepeats();
  return results;
}
