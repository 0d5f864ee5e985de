// `npm run bench:status`: 50 components and two years of history (5,000
// published incidents with updates), then with 20 concurrent connections for
// 15 s each: the public page HTML and summary.json (requests/s, p50/p99), the
// executive page for a signed-in executive (p50/p95), and the time from
// publishing an update to its appearance on the public page. One JSON line.
// Then 200 open incidents (leads, internal updates, reporting deadlines)
// and the executive page again.
// Budgets: public ≥ 5,000 req/s with p99 ≤ 20 ms; freshness ≤ 2 s; executive p95 ≤ 150 ms;
// executive page with 200 open incidents p95 ≤ 200 ms.
import autocannon from "autocannon";
import pg from "pg";
import { BENCH_PASSWORD, benchUser, openBenchDatabase } from "./lib/bench-database";
import { expectOk, measure } from "./lib/measure";
import { signInCookie, startServer } from "./lib/server";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 15);
const OPEN_INCIDENTS = 200;
const database = await openBenchDatabase(".data/bench-status");
const { user: lead, token } = await benchUser("LEAD", "lead");
await benchUser("EXECUTIVE", "exec");

const client = new pg.Client({ connectionString: database.url });
await client.connect();
await client.query(`insert into status_components (id, name, position, updated_at) select gen_random_uuid(), 'Service ' || i, i, now() from generate_series(1, 50) i`);
await client.query(
  `insert into incidents (id, title, severity_key, severity_rank, status, category, detected_at, declared_at, lead_id, declared_by_id, updated_at, published_at, public_title, resolved_at)
   select gen_random_uuid(), 'Incident ' || i, 'SEV3', 3, 'CLOSED', 'other', t, t, $1, $1, now(), t, 'Public incident ' || i, t + interval '2 hours'
   from (select i, now() - (i * interval '3 hours 30 minutes') as t from generate_series(1, 5000) i) s`,
  [lead.id],
);
await client.query(
  `insert into status_updates (id, incident_id, audience, phase, body, author_label, created_at)
   select gen_random_uuid(), id, 'public', p.phase, 'Update ' || p.phase || ' for ' || title, 'bench', published_at + p.offs
   from incidents, (values ('investigating', interval '0'), ('resolved', interval '2 hours')) as p(phase, offs)`,
);
await client.query(
  `insert into component_impacts (component_id, incident_id, state)
   select c.id, i.id, 'partial_outage' from incidents i join status_components c on c.position = 1 + (abs(hashtext(i.id::text)) % 50)`,
);
await client.query(
  `insert into component_state_changes (component_id, state, at)
   select ci.component_id, s.state, i.published_at + s.offs from component_impacts ci join incidents i on i.id = ci.incident_id,
   (values ('partial_outage', interval '0'), ('operational', interval '2 hours')) as s(state, offs)`,
);
await client.query("analyze");
await client.end();

const server = await startServer(database.serverEnv);
try {
  // As browsers and feed readers ask: with compression.
  const load = async (path: string) => {
    const result = await autocannon({ url: `${server.url}${path}`, connections: 20, duration: DURATION_S, headers: { "accept-encoding": "gzip, deflate, br" } });
    return {
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      bytesPerResponse: Math.round(result.throughput.average / Math.max(1, result.requests.average)),
      errors: result.errors + result.non2xx,
    };
  };
  await expectOk(await fetch(`${server.url}/status/public`), "public page");
  const publicPage = await load("/status/public");
  const summary = await load("/status/public/summary.json");

  const cookie = await signInCookie(server.url, "exec@bench.local", BENCH_PASSWORD);
  const executivePage = await measure(100, async () => expectOk(await fetch(`${server.url}/status`, { headers: { cookie } }), "executive page"));

  // Freshness: publish a new incident and post a public update, then watch
  // summary.json until the text appears.
  const api = (path: string, body: unknown) =>
    fetch(`${server.url}/api/v1${path}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  const declared = await (await api("/incidents", { title: "Freshness probe", severity: "SEV2", category: "other" })).json();
  await expectOk(await api(`/incidents/${declared.id}/publish`, { publicTitle: "Freshness probe", body: "Investigating" }), "publish");
  const text = `Fresh update ${Date.now()}`;
  const posted = Date.now();
  await expectOk(await api(`/incidents/${declared.id}/status-updates`, { audience: "public", phase: "investigating", body: text }), "public update");
  let freshnessMs = -1;
  while (Date.now() - posted < 10_000) {
    if ((await (await fetch(`${server.url}/status/public/summary.json`)).text()).includes(text)) {
      freshnessMs = Date.now() - posted;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  // 200 open incidents at mixed severities, each with a lead, an internal
  // update and a running reporting deadline: the executive page at its
  // heaviest realistic size.
  const open = new pg.Client({ connectionString: database.url });
  await open.connect();
  await open.query(
    `insert into incidents (id, title, severity_key, severity_rank, status, category, detected_at, declared_at, acknowledged_at, lead_id, declared_by_id, updated_at, last_update_at, business_impact)
     select gen_random_uuid(), 'Open incident ' || i, 'SEV' || (1 + i % 4), 1 + i % 4, 'INVESTIGATING', 'other', t, t, t + interval '4 minutes', $1, $1, now(), t + interval '30 minutes', 'Impact ' || i
     from (select i, now() - (i * interval '17 minutes') as t from generate_series(1, ${OPEN_INCIDENTS}) i) s`,
    [lead.id],
  );
  const opened = `select id, declared_at from incidents where status = 'INVESTIGATING' and title like 'Open incident %'`;
  await open.query(`insert into incident_roles (id, incident_id, kind, user_id) select gen_random_uuid(), id, 'LEAD', $1 from (${opened}) o`, [lead.id]);
  await open.query(
    `insert into status_updates (id, incident_id, audience, phase, body, author_label, created_at)
     select gen_random_uuid(), id, 'internal', 'investigating', 'Working on it', 'bench', declared_at + interval '30 minutes' from (${opened}) o`,
  );
  await open.query(
    `insert into incident_obligations (id, incident_id, framework_key, obligation_key, title, recipient, time_zone, due_at, basis, catalog_version, updated_at)
     select gen_random_uuid(), id, 'NIS2', 'early_warning', 'Early warning', 'CSIRT', 'Europe/Brussels', declared_at + interval '24 hours', 'bench', 1, now() from (${opened}) o`,
  );
  await open.query("analyze");
  await open.end();
  const withOpen = await measure(100, async () => expectOk(await fetch(`${server.url}/status`, { headers: { cookie } }), "executive page, 200 open"));

  console.log(
    JSON.stringify({
      benchmark: "status",
      components: 50,
      publishedIncidents: 5000,
      connections: 20,
      durationSeconds: DURATION_S,
      publicPage,
      summaryJson: summary,
      executivePageMs: executivePage,
      openIncidents: OPEN_INCIDENTS,
      executivePageWithOpenMs: withOpen,
      freshnessMs,
      budgets: { publicRequestsPerSecond: 5000, publicP99Ms: 20, freshnessMs: 2000, executiveP95Ms: 150, executiveWithOpenP95Ms: 200 },
      withinBudget: {
        publicPage: publicPage.requestsPerSecond >= 5000 && publicPage.p99Ms <= 20 && publicPage.errors === 0,
        summaryJson: summary.requestsPerSecond >= 5000 && summary.p99Ms <= 20 && summary.errors === 0,
        freshness: freshnessMs >= 0 && freshnessMs <= 2000,
        executivePage: executivePage.p95 <= 150,
        executivePageWithOpen: withOpen.p95 <= 200,
      },
    }),
  );
} finally {
  await server.stop();
  await database.stop();
}
