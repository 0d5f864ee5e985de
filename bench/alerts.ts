// `npm run bench:alerts`: sustained Falco ingestion through the real webhook
// endpoint (90% repeats of alerts already seen), then the inbox's server
// render with 100,000 alert groups. Every accepted event must be counted.
// Prints one JSON line. Budgets (DESIGN.md): ≥ 2,000 events/s accepted with
// p99 ≤ 50 ms; inbox render p95 ≤ 200 ms.
import pg from "pg";
import { BENCH_PASSWORD, benchUser, openBenchDatabase } from "./lib/bench-database";
import { keepAlivePoster } from "./lib/keep-alive-post";
import { expectOk, measure } from "./lib/measure";
import { signInCookie, startServer } from "./lib/server";

const GROUPS = Number(process.env.BENCH_ALERT_GROUPS ?? 100_000);
const EVENTS = Number(process.env.BENCH_ALERT_EVENTS ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_ALERT_CONCURRENCY ?? 32);
const REPEAT_SHARE = 0.9;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);

const database = await openBenchDatabase(".data/bench-alerts");
const { SYSTEM_ACTOR } = await import("../lib/audit/actor");
const { createAlertSource } = await import("../lib/alerts/create-alert-source");
await benchUser("LEAD", "lead");
const history = await createAlertSource(SYSTEM_ACTOR, { kind: "falco", name: "Falco history" });
const live = await createAlertSource(SYSTEM_ACTOR, { kind: "falco", name: "Falco live" });

const client = new pg.Client({ connectionString: database.url });
await client.connect();
// The inbox's backlog straight in SQL: the point is the read path at this size.
await client.query(
  `insert into alert_groups (id, source_id, fingerprint, group_key, state, count, first_seen_at, last_seen_at, priority, priority_rank, title, rule_name, namespace, pod, node, routed_at)
   select gen_random_uuid(), $1, md5(i::text), md5((i % 5000)::text), (array['new','acknowledged','ignored','resolved']::"AlertGroupState"[])[1 + i % 4], 1 + i % 40,
     now() - (i || ' seconds')::interval, now() - (i || ' seconds')::interval, 'warning', 5, 'A shell was spawned in pod ' || i, 'Terminal shell in container',
     'ns-' || (i % 300), 'pod-' || i, 'worker-' || (i % 50), now()
   from generate_series(1, $2::int) as i`,
  [history.source.id, GROUPS],
);
await client.query("analyze");

// A falcosidekick event; `pod` decides the fingerprint.
function event(pod: number) {
  return JSON.stringify({
    uuid: crypto.randomUUID(),
    output: `12:00:00.000000000: Warning Shell in container (user=root command=sh -c id k8s_ns=bench k8s_pod=pod-${pod})`,
    priority: "Warning",
    rule: "Terminal shell in container",
    time: new Date().toISOString(),
    output_fields: { "k8s.ns.name": "bench", "k8s.pod.name": `pod-${pod}`, "container.name": "app", "proc.cmdline": "sh -c id", "user.name": "root" },
    source: "syscall",
    tags: ["container", "shell"],
    hostname: `worker-${pod % 50}`,
  });
}

const server = await startServer(database.serverEnv);
try {
  const ingestPath = `/api/v1/ingest/${live.source.id}`;
  const send = keepAlivePoster(server.url, { "content-type": "application/json", authorization: `Bearer ${live.token}` }, CONCURRENCY);
  const post = (pod: number) => send(ingestPath, event(pod));
  for (let i = 0; i < 200; i++) await post(-1 - (i % 5)); // warm-up (5 groups, counted below)

  let sent = 0;
  let distinct = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < EVENTS) {
        sent += 1;
        // 10% are new alerts; the rest repeat one already sent.
        const pod = distinct === 0 || Math.random() >= REPEAT_SHARE ? distinct++ : Math.floor(Math.random() * distinct);
        const at = performance.now();
        await post(pod);
        latencies.push(performance.now() - at);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const quantile = (q: number) => Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(2));
  const counted = await client.query(`select coalesce(sum(count), 0)::int as total, count(*)::int as groups from alert_groups where source_id = $1`, [live.source.id]);
  const eventsPerSecond = Number((latencies.length / seconds).toFixed(0));

  const cookie = await signInCookie(server.url, "lead@bench.local", BENCH_PASSWORD);
  const inbox = async () => expectOk(await fetch(`${server.url}/alerts`, { headers: { cookie } }), "inbox");
  const inboxRenderMs = await measure(SAMPLES, inbox);
  const apiMs = await measure(SAMPLES, async () => expectOk(await fetch(`${server.url}/api/v1/alerts?state=new&q=pod 4`, { headers: { cookie } }), "alerts api"));

  const ingestion = { events: latencies.length, seconds: Number(seconds.toFixed(2)), eventsPerSecond, p50Ms: quantile(0.5), p99Ms: quantile(0.99), concurrency: CONCURRENCY, newAlerts: distinct };
  const countedEvents = counted.rows[0].total - 200;
  const met = {
    throughput: eventsPerSecond >= 2_000,
    ingestP99: ingestion.p99Ms <= 50,
    nothingLost: countedEvents === latencies.length && counted.rows[0].groups === distinct + 5,
    inboxRenderP95: inboxRenderMs.p95 <= 200,
  };
  console.log(
    JSON.stringify({
      benchmark: "alerts",
      alertGroups: GROUPS,
      ingestion,
      countedEvents,
      inboxRenderMs,
      alertsApiSearchMs: apiMs,
      budgets: { eventsPerSecond: 2_000, ingestP99Ms: 50, inboxRenderP95Ms: 200 },
      met: Object.entries(met).filter(([, ok]) => ok).map(([name]) => name),
      missed: Object.entries(met).filter(([, ok]) => !ok).map(([name]) => name),
    }),
  );
} finally {
  await client.end();
  await server.stop();
  await database.stop();
}
