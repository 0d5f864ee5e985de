// `npm run bench:playbooks`: what applying a 40-step playbook adds to the
// declare call (declaring a category whose playbook has 40 steps against one
// whose playbook has none, same severity), and the war room's server render
// and playbook read at 10,000 timeline events. Prints one JSON line.
// Budgets (DESIGN.md): playbook adds ≤ 30 ms p95 to declare; the incident
// page p95 ≤ 200 ms.
import pg from "pg";
import { BENCH_PASSWORD, benchUser, openBenchDatabase } from "./lib/bench-database";
import { expectOk, measure } from "./lib/measure";
import { signInCookie, startServer } from "./lib/server";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 60);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const STEPS = 40;
const BUDGETS = { declareAddedP95Ms: 30, warRoomRenderP95Ms: 200 };

const database = await openBenchDatabase(".data/bench-playbooks");
const { token } = await benchUser("LEAD", "lead");
const { savePlaybook } = await import("../lib/playbooks/save-playbook");
const { getCurrentPlaybook } = await import("../lib/playbooks/read-playbook");
const { db } = await import("../lib/db");
const { SYSTEM_ACTOR } = await import("../lib/audit/actor");

// A 40-step resource-abuse playbook; "other" ships with no steps of its own.
const base = (await getCurrentPlaybook(db, "resource_abuse")).playbook;
const steps = Array.from({ length: STEPS }, (_, i) => ({ key: `bench-step-${i + 1}`, title: `Bench step ${i + 1}`, ownerRole: "LEAD" as const, dueOffsetMinutes: 30 + i, evidencePreservation: i % 5 === 0, ...(i % 4 === 0 ? { action: "collect_pod_logs" as const } : {}) }));
await savePlaybook(SYSTEM_ACTOR, "resource_abuse", { ...base, steps }, { note: "bench" });

const client = new pg.Client({ connectionString: database.url });
await client.connect();
const server = await startServer(database.serverEnv);
try {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  let n = 0;
  const declare = (category: string) => async () => {
    n += 1;
    await expectOk(await fetch(`${server.url}/api/v1/incidents`, { method: "POST", headers, body: JSON.stringify({ title: `Bench ${category} ${n}`, severity: "SEV3", category }) }), `declare ${category}`);
  };
  const withoutMs = await measure(SAMPLES, declare("other"));
  const withMs = await measure(SAMPLES, declare("resource_abuse"));
  const declareAddedP95Ms = Number((withMs.p95 - withoutMs.p95).toFixed(1));

  // The war room of a 40-step incident with 10,000 timeline events.
  const { rows } = await client.query<{ id: string }>(`select id from incidents where category = 'resource_abuse' order by number desc limit 1`);
  const incidentId = rows[0]!.id;
  await client.query(
    `insert into timeline_events (incident_id, at, actor_label, type, body, data)
     select $1::uuid, now() - ((${EVENTS} - n) || ' seconds')::interval, 'lead@bench.local', case when n % 3 = 0 then 'note' else 'task_completed' end,
       case when n % 3 = 0 then 'Note ' || n end, jsonb_build_object('title', 'item ' || n)
     from generate_series(1, $2::int) as n`,
    [incidentId, EVENTS],
  );
  await client.query("analyze");
  const cookie = await signInCookie(server.url, "lead@bench.local", BENCH_PASSWORD);
  const warRoomRenderMs = await measure(SAMPLES, async () => expectOk(await fetch(`${server.url}/incidents/${incidentId}`, { headers: { cookie } }), "war room"));
  const playbookReadMs = await measure(SAMPLES, async () => expectOk(await fetch(`${server.url}/api/v1/incidents/${incidentId}/playbook`, { headers }), "incident playbook"));

  const met: string[] = [];
  const missed: string[] = [];
  (declareAddedP95Ms <= BUDGETS.declareAddedP95Ms ? met : missed).push("declareAddedP95Ms");
  (warRoomRenderMs.p95 <= BUDGETS.warRoomRenderP95Ms ? met : missed).push("warRoomRenderP95Ms");
  console.log(JSON.stringify({ benchmark: "playbooks", playbookSteps: STEPS, timelineEvents: EVENTS, declareWithoutPlaybookMs: withoutMs, declareWith40StepsMs: withMs, declareAddedP95Ms, warRoomRenderMs, playbookReadMs, budgets: BUDGETS, met, missed }));
} finally {
  await client.end();
  await server.stop();
  await database.stop();
}
