// `npm run bench:incidents`: 100,000 incidents and 1,000,000 timeline events
// in a fresh database; p50/p95 of the incident list API (first page, deep
// cursor, filtered, searched) and of the war room's server render.
// Prints one JSON line. Budgets (DESIGN.md): list p95 ≤ 50 ms, war room p95 ≤ 200 ms.
import pg from "pg";
import { BENCH_PASSWORD, benchUser, openBenchDatabase } from "./lib/bench-database";
import { expectOk, measure } from "./lib/measure";
import { signInCookie, startServer } from "./lib/server";

const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 100_000);
const EVENTS_PER_INCIDENT = 10;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);

const seedStarted = performance.now();
const database = await openBenchDatabase(".data/bench-incidents");
const { encodeCursor } = await import("../lib/incidents/list-cursor");
const { user: lead, token } = await benchUser("LEAD", "lead");

const client = new pg.Client({ connectionString: database.url });
await client.connect();
// Bulk data straight in SQL: the point is the read path at this size.
await client.query(
  `insert into incidents (id, title, summary, severity_key, severity_rank, status, category, detected_at, declared_at, acknowledged_at, lead_id, declared_by_id, updated_at, restricted)
   select gen_random_uuid(), 'Incident ' || i || ' on node worker-' || (i % 50), 'Summary of incident ' || i || ' in namespace ns-' || (i % 300),
     'SEV' || (1 + i % 4), 1 + i % 4,
     (array['TRIAGE','INVESTIGATING','CONTAINED','ERADICATED','RECOVERED','POST_INCIDENT','CLOSED']::"IncidentStatus"[])[1 + (i % 7)],
     (array['container_compromise','credential_compromise','data_exposure','resource_abuse'])[1 + i % 4],
     now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval, $1, $1, now(), i % 20 = 0
   from generate_series(1, $2::int) as i`,
  [lead.id, INCIDENTS],
);
await client.query(`insert into incident_roles (id, incident_id, kind, user_id) select gen_random_uuid(), id, 'LEAD', $1 from incidents`, [lead.id]);
await client.query(`insert into incident_participants (incident_id, user_id) select id, $1 from incidents where restricted`, [lead.id]);
await client.query(
  `insert into timeline_events (incident_id, at, actor_label, type, data)
   select id, declared_at + (n || ' seconds')::interval, 'lead@bench.local', (array['note','status_changed','task_completed','role_assigned'])[1 + n % 4], '{}'
   from incidents, generate_series(1, $1::int) as n`,
  [EVENTS_PER_INCIDENT],
);
await client.query("analyze");
const deep = await client.query(`select severity_rank, declared_at, number from incidents where status <> 'CLOSED' order by severity_rank, declared_at, number offset $1 limit 1`, [Math.floor(INCIDENTS * 0.8)]);
const sample = await client.query(`select id, number from incidents where status = 'INVESTIGATING' order by number desc limit 1`);
await client.end();
const seedSeconds = (performance.now() - seedStarted) / 1000;

const server = await startServer(database.serverEnv);
try {
  const auth = { authorization: `Bearer ${token}` };
  const api = (query: string) => async () => expectOk(await fetch(`${server.url}/api/v1/incidents${query}`, { headers: auth }), query);
  const deepRow = deep.rows[0];
  const cursor = encodeCursor({ rank: deepRow.severity_rank, declaredAt: new Date(deepRow.declared_at).toISOString(), number: deepRow.number });
  const cookie = await signInCookie(server.url, "lead@bench.local", BENCH_PASSWORD);
  const warRoom = async () => expectOk(await fetch(`${server.url}/incidents/${sample.rows[0].id}`, { headers: { cookie } }), "war room");

  const results = {
    benchmark: "incidents",
    incidents: INCIDENTS,
    timelineEvents: INCIDENTS * EVENTS_PER_INCIDENT,
    seedSeconds: Number(seedSeconds.toFixed(1)),
    listFirstPageMs: await measure(SAMPLES, api("")),
    listDeepCursorMs: await measure(SAMPLES, api(`?cursor=${cursor}`)),
    listFilteredMs: await measure(SAMPLES, api("?severity=SEV2&category=data_exposure&status=all")),
    listFilteredDeepMs: await measure(SAMPLES, api(`?severity=SEV2&status=all&cursor=${cursor}`)),
    listSearchMs: await measure(SAMPLES, api("?q=worker-17&status=all")),
    listByNumberMs: await measure(SAMPLES, api(`?q=INC-${sample.rows[0].number}&status=all`)),
    warRoomRenderMs: await measure(Math.max(50, SAMPLES / 2), warRoom),
    budgets: { listP95Ms: 50, warRoomP95Ms: 200 },
  };
  console.log(JSON.stringify(results));
} finally {
  await server.stop();
  await database.stop();
}
