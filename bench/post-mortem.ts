// `npm run bench:post-mortem`: incidents with 10,000 timeline events each
// (every kind of event, 2% of them key events, a few hundred pulled into the
// review with commentary); p50/p95 of drafting a review (create + the full
// drafted document through the API), of the editor page's server render and
// of the editor's own read (what a client refetch costs).
// Prints one JSON line. Budgets (DESIGN.md): draft p95 ≤ 300 ms, editor
// render p95 ≤ 200 ms.
import pg from "pg";
import { BENCH_PASSWORD, benchUser, openBenchDatabase } from "./lib/bench-database";
import { expectOk, measure } from "./lib/measure";
import { signInCookie, startServer } from "./lib/server";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 50);
// measure() warms up with min(10, samples) runs before it counts.
const WARM_UP = Math.min(10, SAMPLES);
const INCIDENTS = SAMPLES + WARM_UP + 1;
const BUDGETS = { draftP95Ms: 300, editorRenderP95Ms: 200 };

const seedStarted = performance.now();
const database = await openBenchDatabase(".data/bench-post-mortem");
const { user: lead, token } = await benchUser("LEAD", "lead");
const client = new pg.Client({ connectionString: database.url });
await client.connect();

// Bulk data straight in SQL: the point is the read path at this size.
const TYPES = [
  "note", "status_changed", "role_assigned", "severity_changed", "cluster_action_finished", "evidence_added",
  "status_update", "escalated", "obligation_submitted", "task_completed", "cluster_action_step", "evidence_verified",
];
await client.query(
  `insert into incidents (id, title, summary, severity_key, severity_rank, status, category, detected_at, declared_at, acknowledged_at, contained_at, resolved_at, lead_id, declared_by_id, updated_at)
   select gen_random_uuid(), 'Bench incident ' || i, 'Summary ' || i, 'SEV2', 2, 'POST_INCIDENT', 'container_compromise',
     now() - interval '3 days', now() - interval '3 days' + interval '10 minutes', now() - interval '3 days' + interval '15 minutes',
     now() - interval '2 days', now() - interval '1 day', $1, $1, now()
   from generate_series(1, $2::int) as i`,
  [lead.id, INCIDENTS],
);
await client.query(`insert into incident_roles (id, incident_id, kind, user_id) select gen_random_uuid(), id, 'LEAD', $1 from incidents`, [lead.id]);
await client.query(`insert into incident_participants (incident_id, user_id) select id, $1 from incidents`, [lead.id]);
await client.query(
  `insert into timeline_events (incident_id, at, actor_label, type, body, data, is_key)
   select i.id, i.declared_at + (n || ' seconds')::interval, 'lead@bench.local', ($2::text[])[1 + n % array_length($2::text[], 1)],
     case when n % 12 = 0 then 'Note ' || n || ' with **Markdown**' end,
     case when n % 12 = 1 then jsonb_build_object('from', 'INVESTIGATING', 'to', 'CONTAINED') else jsonb_build_object('title', 'item ' || n, 'sha256', md5(n::text)) end,
     n % 50 = 0
   from incidents i, generate_series(1, $1::int) as n`,
  [EVENTS, TYPES],
);
await client.query("analyze");
const { rows: incidents } = await client.query<{ id: string }>(`select id from incidents order by number`);
const seedSeconds = (performance.now() - seedStarted) / 1000;

const server = await startServer(database.serverEnv);
try {
  const auth = { authorization: `Bearer ${token}` };
  const cookie = await signInCookie(server.url, "lead@bench.local", BENCH_PASSWORD);
  // The review the editor benchmark opens: drafted, with 300 events pulled in.
  const editorIncident = incidents.pop()!.id;
  const created = await fetch(`${server.url}/api/v1/incidents/${editorIncident}/post-mortem`, { method: "POST", headers: auth });
  const { id: postMortemId } = (await created.json()) as { id: string };
  await client.query(
    `insert into post_mortem_event_selections (post_mortem_id, event_id, included, commentary)
     select $1::uuid, id, true, 'Why this mattered' from timeline_events where incident_id = $2::uuid and not is_key order by id limit 300`,
    [postMortemId, editorIncident],
  );

  // Drafting: each sample starts the review of a fresh incident and reads
  // the whole drafted document, as the editor does right after.
  let next = 0;
  const draft = async () => {
    const id = incidents[next++]!.id;
    await expectOk(await fetch(`${server.url}/api/v1/incidents/${id}/post-mortem`, { method: "POST", headers: auth }), "create review");
    await expectOk(await fetch(`${server.url}/api/v1/incidents/${id}/post-mortem`, { headers: auth }), "drafted review");
  };
  const draftMs = await measure(SAMPLES, draft);
  const editorRenderMs = await measure(SAMPLES * 2, async () => expectOk(await fetch(`${server.url}/incidents/${editorIncident}/post-mortem`, { headers: { cookie } }), "editor page"));
  const editorReadMs = await measure(SAMPLES * 2, async () => expectOk(await fetch(`${server.url}/api/v1/incidents/${editorIncident}/post-mortem/editor`, { headers: auth }), "editor read"));
  const timelinePageMs = await measure(SAMPLES * 2, async () => expectOk(await fetch(`${server.url}/api/v1/post-mortems/${postMortemId}/timeline?kind=notes`, { headers: auth }), "timeline"));
  const exportPdfMs = await measure(10, async () => expectOk(await fetch(`${server.url}/api/v1/post-mortems/${postMortemId}/export?format=pdf`, { headers: auth }), "pdf export"));
  const met: string[] = [];
  const missed: string[] = [];
  (draftMs.p95 <= BUDGETS.draftP95Ms ? met : missed).push("draftP95Ms");
  (editorRenderMs.p95 <= BUDGETS.editorRenderP95Ms ? met : missed).push("editorRenderP95Ms");
  console.log(
    JSON.stringify({
      benchmark: "post-mortem",
      timelineEventsPerIncident: EVENTS,
      incidents: INCIDENTS,
      seedSeconds: Number(seedSeconds.toFixed(1)),
      draftMs,
      editorRenderMs,
      editorReadMs,
      timelinePageMs,
      exportPdfMs,
      budgets: BUDGETS,
      met,
      missed,
    }),
  );
} finally {
  await client.end();
  await server.stop();
  await database.stop();
}
