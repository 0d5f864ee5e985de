import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { db, transaction } from "@/lib/db";
import { log } from "@/lib/log";
import { routeAlertGroups } from "./route-alert-groups";

export const SWEEP_ACTOR: Actor = { id: null, label: "alert sweep" };

// A routing job runs within seconds of arrival; a new group still unrouted a
// minute later lost its job (retries exhausted, queue cleared) and is routed now.
export const UNROUTED_AFTER_SECONDS = 60;
// A group that no rule took and nobody has acknowledged in this long is
// flagged in the inbox, so it stops looking like one more quiet row.
export const UNATTENDED_AFTER_MINUTES = 15;
const BATCH = 200;

export type SweepResult = { routed: number; flagged: { id: string; title: string }[] };

// The periodic sweep (every minute): alert groups must not sit forgotten.
export async function sweepAlertGroups(): Promise<SweepResult> {
  const unrouted = await db.$queryRaw<{ id: string }[]>`
    select id::text from alert_groups
    where state = 'new' and routed_at is null
      and first_seen_at < (now() at time zone 'utc') - make_interval(secs => ${UNROUTED_AFTER_SECONDS})
    order by first_seen_at limit ${BATCH}`;
  if (unrouted.length > 0) {
    log.warn({ groups: unrouted.length }, "alert groups were never routed; routing them now");
    await routeAlertGroups(unrouted.map((row) => row.id));
  }
  const flagged = await flagUnattended();
  return { routed: unrouted.length, flagged };
}

// Flags and records them in one transaction; a group is flagged once.
function flagUnattended() {
  return transaction(async (tx) => {
    const flagged = await tx.$queryRaw<{ id: string; title: string }[]>`
      update alert_groups set unattended_at = now() at time zone 'utc'
      where id in (
        select id from alert_groups
        where state = 'new' and unattended_at is null and routed_at is not null
          and first_seen_at < (now() at time zone 'utc') - make_interval(mins => ${UNATTENDED_AFTER_MINUTES})
        order by first_seen_at limit ${BATCH}
        for update skip locked)
      returning id::text, title`;
    if (flagged.length === 0) return flagged;
    await appendAudit(tx, SWEEP_ACTOR, {
      action: "alert_group.unattended",
      targetType: "alert_group",
      data: { waitedMinutes: UNATTENDED_AFTER_MINUTES, groups: flagged.map((group) => ({ id: group.id, title: group.title })) },
    });
    await tx.$executeRaw`select pg_notify('alerts_changed', 'unattended')`;
    return flagged;
  });
}
