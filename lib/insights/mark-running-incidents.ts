import "server-only";
import { db } from "@/lib/db";

// Some figures change with nothing written: an unacknowledged incident
// breaches its acknowledge-within as time passes, a silence grows past the
// update cadence, an action item falls overdue. Incidents whose figures can
// still move that way, and whose row is older than `staleAfterMinutes`, are
// marked dirty so the next refresh brings them up to date.
export async function markRunningIncidents(now: Date, staleAfterMinutes = 15): Promise<number> {
  const staleBefore = new Date(now.getTime() - staleAfterMinutes * 60_000);
  return db.$executeRaw`
    insert into incident_metrics_dirty (incident_id, marked_at)
    select m.incident_id, ${now} from incident_metrics m
    join incidents i on i.id = m.incident_id
    where m.refreshed_at < ${staleBefore}
      and (i.status <> 'CLOSED' or exists (
        select 1 from post_mortem_action_items a where a.incident_id = m.incident_id and a.state in ('OPEN', 'IN_PROGRESS') and a.due_at < ${now}))
    on conflict (incident_id) do nothing`;
}
