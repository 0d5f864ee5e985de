// `npm run bench:evidence`: streams a generated 1 GiB upload through the
// HTTP API (multipart, chunked, never on the client's disk) into the
// filesystem evidence store, and compares with `sha256sum` on a 1 GiB file on
// the same machine. Prints one JSON line. Budgets (DESIGN.md): throughput
// ≥ 0.8 × sha256sum, server peak RSS ≤ 150 MB.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { benchUser, openBenchDatabase } from "./lib/bench-database";
import { startServer } from "./lib/server";

const MiB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_EVIDENCE_BYTES ?? 1024 * MiB);
// Best of a few runs for both sides: on a small shared machine a single run
// mostly measures the neighbours.
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BLOCK = randomBytes(MiB);
const DATA_DIR = resolve(".data/bench-evidence");
const BOUNDARY = "----cordon-bench-boundary";

// The same 1 MiB random block, over and over: generated, not read from
// disk. Each run's first block is stamped, so no run is a duplicate of
// another (content addressing would otherwise store it only once).
function* generated(run = 0): Generator<Buffer> {
  const first = Buffer.from(BLOCK);
  first.writeUInt32BE(run, 0);
  for (let sent = 0; sent < SIZE; sent += BLOCK.length) {
    const block = sent === 0 ? first : BLOCK;
    yield block.subarray(0, Math.min(block.length, SIZE - sent));
  }
}

function expectedSha256(run: number): string {
  const hash = createHash("sha256");
  for (const chunk of generated(run)) hash.update(chunk);
  return hash.digest("hex");
}

function multipartBody(run: number): ReadableStream<Uint8Array> {
  const head = Buffer.from(`--${BOUNDARY}\r\ncontent-disposition: form-data; name="file"; filename="bench.bin"\r\ncontent-type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const parts = (function* () {
    yield head;
    yield* generated(run);
    yield tail;
  })();
  return new ReadableStream({
    pull(controller) {
      const next = parts.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
}

// Peak resident memory of the server: its own process and any children
// (VmHWM is the high-water mark since the process started).
function peakRssBytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let peak = 0;
  const visit = (pid: number) => {
    try {
      const kib = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      peak = Math.max(peak, kib * 1024);
    } catch {
      return;
    }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return peak;
}

// utime + stime of the server process, in seconds (clock ticks of 1/100 s).
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function sha256sumThroughput(): Promise<number> {
  const file = resolve(DATA_DIR, "sha256sum-input.bin");
  await pipeline(Readable.from(generated()), createWriteStream(file));
  // Once to warm the page cache, as the upload's bytes come from memory too.
  spawnSync("sha256sum", [file]);
  let best = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const result = spawnSync("sha256sum", [file], { encoding: "utf8" });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`sha256sum failed: ${result.stderr}`);
    best = Math.max(best, SIZE / 1e6 / seconds);
  }
  await rm(file, { force: true });
  return best;
}

await rm(DATA_DIR, { recursive: true, force: true });
await mkdir(DATA_DIR, { recursive: true });
const database = await openBenchDatabase(resolve(DATA_DIR, "db"));
const { declareIncident } = await import("../lib/incidents/declare-incident");
const { actorOf } = await import("../lib/audit/actor");
const { user: lead, token } = await benchUser("LEAD", "lead");
const incident = await declareIncident(lead, actorOf(lead), { title: "Evidence ingest benchmark", severity: "SEV3", category: "other" });
async function uploadOnce(run: number): Promise<number> {
  const expected = expectedSha256(run);
  const started = performance.now();
  const response = await fetch(`${server.url}/api/v1/incidents/${incident.id}/evidence`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    body: multipartBody(run),
    duplex: "half",
  } as RequestInit);
  const body = (await response.json()) as { sha256?: string; size?: number; detail?: string };
  const seconds = (performance.now() - started) / 1000;
  if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${body.detail}`);
  if (body.sha256 !== expected || body.size !== SIZE) throw new Error(`the server stored ${body.size} bytes hashing to ${body.sha256}, expected ${SIZE} / ${expected}`);
  return SIZE / 1e6 / seconds;
}

const server = await startServer({
  ...database.serverEnv,
  CORDON_EVIDENCE_BACKEND: "filesystem",
  CORDON_EVIDENCE_DIR: resolve(DATA_DIR, "evidence"),
  CORDON_EVIDENCE_MAX_BYTES: String(2 * SIZE),
});
try {
  const baselineRss = peakRssBytes(server.child.pid!);
  let best = 0;
  const cpuBefore = cpuSeconds(server.child.pid!);
  for (let run = 0; run < RUNS; run += 1) best = Math.max(best, await uploadOnce(run));
  const cpuPerGiB = (cpuSeconds(server.child.pid!) - cpuBefore) / RUNS / (SIZE / 1024 ** 3);
  const serverPeakRss = peakRssBytes(server.child.pid!);
  const sha256sumMBps = await sha256sumThroughput();
  console.log(
    JSON.stringify({
      benchmark: "evidence",
      bytes: SIZE,
      runs: RUNS,
      ingestMBps: Number(best.toFixed(1)),
      sha256sumMBps: Number(sha256sumMBps.toFixed(1)),
      ratioToSha256sum: Number((best / sha256sumMBps).toFixed(2)),
      // Independent of the neighbours' load: the server's CPU time per GiB.
      serverCpuSecondsPerGiB: Number(cpuPerGiB.toFixed(2)),
      serverPeakRssMB: Number((serverPeakRss / 1e6).toFixed(1)),
      // The idle server's own high-water mark (Next, Prisma, job worker)
      // before any upload, and what ingesting added on top of it.
      serverIdleRssMB: Number((baselineRss / 1e6).toFixed(1)),
      ingestRssDeltaMB: Number(((serverPeakRss - baselineRss) / 1e6).toFixed(1)),
      budgets: { minRatioToSha256sum: 0.8, maxServerPeakRssMB: 150 },
      withinBudget: { throughput: best / sha256sumMBps >= 0.8, serverPeakRss: serverPeakRss / 1e6 <= 150 },
    }),
  );
} finally {
  await server.stop();
  await database.stop();
  await rm(DATA_DIR, { recursive: true, force: true });
}
