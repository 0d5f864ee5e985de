// `npm run bench:insights`: 100,000 incidents declared over two years in a
// fresh database, their metrics rows built by the real refresh, then p50/p95
// of the insights API for a 90-day and a 2-year range, asked by a lead (who
// sees restricted incidents only where they take part, the costlier path).
// Prints one JSON line. Budgets (DESIGN.md / issue #16): 90 days p95 ≤ 150 ms,
// 2 years p95 ≤ 400 ms.
import pg from "pg";
import { benchUser, openBenchDatabase } from "./lib/bench-database";
import { expectOk, measure } from "./lib/measure";
import { startServer } from "./lib/server";

const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 100_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const BUDGETS = { ninetyDaysP95Ms: 150, twoYearsP95Ms: 400 };

const seedStarted = performance.now();
const database = await openBenchDatabase(".data/bench-insights");
const { user: lead, token } = await benchUser("LEAD", "lead");

const client = new pg.Client({ connectionString: database.url });
await client.connect();
// Spread evenly over two years; most are closed, as in a team's real
// history; one in twenty is restricted and one in fifty a drill. Key times
// vary so the percentiles have something to sort.
await client.query(
  `insert into incidents (id, title, severity_key, severity_rank, status, category, detected_at, declared_at, acknowledged_at, contained_at, resolved_at, closed_at, lead_id, declared_by_id, updated_at, restricted, drill)
   select gen_random_uuid(), 'Incident ' || i, 'SEV' || (1 + i % 4), 1 + i % 4,
     case when i % 50 = 0 then 'INVESTIGATING'::"IncidentStatus" else 'CLOSED'::"IncidentStatus" end,
     (array['container_compromise','credential_compromise','data_exposure','resource_abuse'])[1 + i % 4],
     t, t, t + ((i % 97) || ' minutes')::interval,
     case when i % 50 = 0 then null else t + ((i % 541) || ' minutes')::interval end,
     case when i % 50 = 0 then null else t + ((i % 2903) || ' minutes')::interval end,
     case when i % 50 = 0 then null else t + ((i % 2903 + 60) || ' minutes')::interval end,
     $1, $1, now(), i % 20 = 0, i % 50 = 7
   from generate_series(1, $2::int) as i, lateral (select now() - (i * (730 * 24 * 60 / $2::float) || ' minutes')::interval as t) as at`,
  [lead.id, INCIDENTS],
);
await client.query(`insert into incident_participants (incident_id, user_id) select id, $1 from incidents where restricted and random() < 0.3`, [lead.id]);
await client.end();

// The rows come from the same refresh the product runs, so its speed is
// reported too.
const refreshStarted = performance.now();
const { refreshDirtyMetrics } = await import("../lib/insights/refresh-dirty-metrics");
const refreshed = await refreshDirtyMetrics();
const refreshSeconds = (performance.now() - refreshStarted) / 1000;
const analyze = new pg.Client({ connectionString: database.url });
await analyze.connect();
await analyze.query("analyze");
await analyze.end();
const seedSeconds = (performance.now() - seedStarted) / 1000;

const server = await startServer(database.serverEnv);
try {
  const auth = { authorization: `Bearer ${token}` };
  const now = Date.now();
  const range = (days: number) => `from=${new Date(now - days * 86_400_000).toISOString()}&to=${new Date(now).toISOString()}`;
  const api = (query: string) => async () => expectOk(await fetch(`${server.url}/api/v1/insights?${query}`, { headers: auth }), query);

  const ninetyDays = await measure(SAMPLES, api(range(90)));
  const twoYears = await measure(SAMPLES, api(range(730)));
  const ninetyDaysFiltered = await measure(SAMPLES, api(`${range(90)}&severity=SEV1,SEV2&category=data_exposure`));
  const twoYearsDrills = await measure(SAMPLES, api(`${range(730)}&drills=only`));
  const met = { ninetyDays: ninetyDays.p95 <= BUDGETS.ninetyDaysP95Ms, twoYears: twoYears.p95 <= BUDGETS.twoYearsP95Ms };
  console.log(
    JSON.stringify({
      benchmark: "insights",
      incidents: INCIDENTS,
      seedSeconds: Number(seedSeconds.toFixed(1)),
      metricsRowsRefreshed: refreshed,
      refreshRowsPerSecond: Math.round(refreshed / refreshSeconds),
      ninetyDaysMs: ninetyDays,
      twoYearsMs: twoYears,
      ninetyDaysFilteredMs: ninetyDaysFiltered,
      twoYearsDrillsMs: twoYearsDrills,
      budgets: BUDGETS,
      met: Object.entries(met).filter(([, ok]) => ok).map(([name]) => name),
      missed: Object.entries(met).filter(([, ok]) => !ok).map(([name]) => name),
    }),
  );
} finally {
  await server.stop();
  await database.stop();
}
