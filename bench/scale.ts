// `npm run bench:scale`: the incident list API and the public status page
// served by one web node, then by two on the same PostgreSQL (the job worker
// off on both, as in a scaled deployment). autocannon spreads its
// connections evenly over the nodes given. One JSON line: req/s, p50, p90
// and p97.5 (autocannon's percentiles; p95 lies between the last two) for
// each, and the two-node/one-node ratio.
// Goal (issue "Deployment and scale-out"): ≥ 1.6× for the list API on two
// nodes. On this 2-core machine the load generator, both nodes and
// PostgreSQL share the cores, so the ratio reports what the machine allows.
import autocannon from "autocannon";
import pg from "pg";
import { benchUser, openBenchDatabase } from "./lib/bench-database";
import { startServer } from "./lib/server";

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
const database = await openBenchDatabase(".data/bench-scale");
const { user: lead, token } = await benchUser("LEAD", "lead");

const client = new pg.Client({ connectionString: database.url });
await client.connect();
await client.query(`insert into status_components (id, name, position, updated_at) select gen_random_uuid(), 'Service ' || i, i, now() from generate_series(1, 20) i`);
await client.query(
  `insert into incidents (id, title, severity_key, severity_rank, status, category, detected_at, declared_at, lead_id, declared_by_id, updated_at)
   select gen_random_uuid(), 'Incident ' || i, 'SEV3', 3, 'INVESTIGATING', 'other', t, t, $1, $1, t
   from (select i, now() - (i * interval '7 minutes') as t from generate_series(1, 5000) i) s`,
  [lead.id],
);
await client.end();

const environment = { ...database.serverEnv, CORDON_WORKER: "off", CORDON_SANDBOX: "off" };
const first = await startServer(environment);
const second = await startServer(environment);

type Result = { reqPerSec: number; p50: number; p90: number; p97_5: number; errors: number };
async function load(urls: string[], path: string, headers: Record<string, string> = {}): Promise<Result> {
  // autocannon takes several URLs and shares the connections among them;
  // its types know only one.
  const targets = urls.map((url) => `${url}${path}`) as unknown as string;
  const result = await autocannon({ url: targets, connections: CONNECTIONS, duration: DURATION_S, headers });
  return { reqPerSec: Math.round(result.requests.total / DURATION_S), p50: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, errors: result.errors + result.non2xx };
}

const api = { authorization: `Bearer ${token}` };
// Each node loads a route's code on its first request: not what is measured.
for (const node of [first, second]) {
  for (const [path, headers] of [["/api/v1/incidents?limit=50", api], ["/status/public", {}]] as const) {
    for (let warm = 0; warm < 20; warm++) await (await fetch(`${node.url}${path}`, { headers })).arrayBuffer();
  }
}
const listOne = await load([first.url], "/api/v1/incidents?limit=50", api);
const listTwo = await load([first.url, second.url], "/api/v1/incidents?limit=50", api);
const publicOne = await load([first.url], "/status/public");
const publicTwo = await load([first.url, second.url], "/status/public");
await Promise.all([first.stop(), second.stop()]);
await database.stop();

const ratio = (two: Result, one: Result) => Math.round((two.reqPerSec / one.reqPerSec) * 100) / 100;
const listRatio = ratio(listTwo, listOne);
const budgets = [{ name: "incident list API on two nodes ≥ 1.6× one node", met: listRatio >= 1.6, value: listRatio }];
console.log(
  JSON.stringify({
    bench: "scale",
    cores: (await import("node:os")).availableParallelism(),
    durationSeconds: DURATION_S,
    connections: CONNECTIONS,
    incidentList: { oneNode: listOne, twoNodes: listTwo, ratio: listRatio },
    publicStatus: { oneNode: publicOne, twoNodes: publicTwo, ratio: ratio(publicTwo, publicOne) },
    met: budgets.filter((budget) => budget.met).map((budget) => budget.name),
    missed: budgets.filter((budget) => !budget.met).map((budget) => `${budget.name} (got ${budget.value}×)`),
  }),
);
process.exit(0);
