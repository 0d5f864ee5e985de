import "server-only";
import { db, transaction } from "@/lib/db";
import { groupCommit } from "@/lib/db/group-commit";
import { enqueue, enqueueInTransaction } from "@/lib/jobs/enqueue";
import { log } from "@/lib/log";
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
// Two writes in flight: the next batch is stored while the previous one
// waits for its commit to reach the disk. Rows are locked in one order
// (sources by id, groups by fingerprint) so the two never deadlock.
const WRITES_IN_FLIGHT = 2;

const holder = globalThis as unknown as { cordonAlertGroupCommit?: (submission: AlertSubmission) => Promise<StoredAlerts> };

export function submitAlerts(submission: AlertSubmission): Promise<StoredAlerts> {
  holder.cordonAlertGroupCommit ??= groupCommit(storeSubmissions, { maxBatch: MAX_REQUESTS_PER_WRITE, concurrency: WRITES_IN_FLIGHT });
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
  const countNew = (rows: { fingerprint: string; inserted: boolean }[], firstIn: Map<string, number>) => {
    for (const row of rows) if (row.inserted) newGroupsOf[firstIn.get(row.fingerprint)!]! += 1;
  };
  if (bySource.size === 1) {
    // The flood's usual shape: one sender. One statement stores, tallies and
    // notifies, atomically and in one round trip, which is what bounds how
    // fast writes can follow one another. Routing is queued after the
    // commit; should the process die first, the minute sweep routes the
    // group (sweep-alert-groups.ts), so nothing is lost, only later.
    const [sourceId, { events, folded, firstIn }] = [...bySource][0]!;
    const rows = await upsertGroups(db, sourceId, inLockOrder(folded), events, { notifyNew: true });
    countNew(rows, firstIn);
    const newIds = rows.filter((row) => row.inserted).map((row) => row.id);
    if (newIds.length > 0) {
      enqueue(routeAlertGroupsQueue, { groupIds: newIds }).catch((error: unknown) => log.warn({ err: error, groups: newIds.length }, "could not queue routing of new alert groups; the sweep routes them within a minute"));
    }
    return answers(submissions, newGroupsOf);
  }
  await transaction(async (tx) => {
    const newIds: string[] = [];
    for (const [sourceId, { events, folded, firstIn }] of [...bySource].sort(([a], [b]) => a.localeCompare(b))) {
      if (folded.size === 0) continue;
      const rows = await upsertGroups(tx, sourceId, inLockOrder(folded), events, { notifyNew: true });
      countNew(rows, firstIn);
      newIds.push(...rows.filter((row) => row.inserted).map((row) => row.id));
    }
    if (newIds.length > 0) await enqueueInTransaction(tx, routeAlertGroupsQueue, { groupIds: newIds });
  });
  return answers(submissions, newGroupsOf);
}

function inLockOrder(folded: Map<string, FoldedAlert>): FoldedAlert[] {
  return [...folded.values()].sort((a, b) => (a.alert.fingerprint < b.alert.fingerprint ? -1 : a.alert.fingerprint > b.alert.fingerprint ? 1 : 0));
}

function answers(submissions: AlertSubmission[], newGroupsOf: number[]): StoredAlerts[] {
  const results = submissions.map(({ alerts }, index) => ({
    accepted: alerts.length,
    groups: new Set(alerts.map((alert) => alert.fingerprint)).size,
    newGroups: newGroupsOf[index]!,
    resolved: 0,
  }));
  if (results.some((result) => result.groups > result.newGroups)) announceRepeats();
  return results;
}
