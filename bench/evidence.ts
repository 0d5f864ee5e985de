// `npm run bench:evidence`: streams a generated 1 GiB upload through the
// HTTP API (multipart, chunked, never on the client's disk) into the
// filesystem evidence store, and compares with `sha256sum` on a 1 GiB file on
// the same machine; then five 200 MB uploads at once. Prints one JSON line.
// Budgets (DESIGN.md): throughput ≥ 0.8 × sha256sum; what ingest adds to the
// idle server's resident memory ≤ 64 MB, for the 1 GiB upload and for the
// five concurrent ones.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { benchUser, openBenchDatabase } from "./lib/bench-database";
import { startServer } from "./lib/server";

const MiB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_EVIDENCE_BYTES ?? 1024 * MiB);
// Several people uploading at once: CONCURRENT uploads of CONCURRENT_SIZE.
const CONCURRENT = 5;
const CONCURRENT_SIZE = Number(process.env.BENCH_EVIDENCE_CONCURRENT_BYTES ?? 200 * MiB);
const MAX_ADDED_RSS_MB = 64;
// Best of a few runs for both sides: on a small shared machine a single run
// mostly measures the neighbours.
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BLOCK = randomBytes(MiB);
const DATA_DIR = resolve(".data/bench-evidence");
const BOUNDARY = "----cordon-bench-boundary";

// The same 1 MiB random block, over and over: generated, not read from
// disk. Each run's first block is stamped, so no run is a duplicate of
// another (content addressing would otherwise store it only once).
function* generated(run: number, size: number): Generator<Buffer> {
  const first = Buffer.from(BLOCK);
  first.writeUInt32BE(run, 0);
  for (let sent = 0; sent < size; sent += BLOCK.length) {
    const block = sent === 0 ? first : BLOCK;
    yield block.subarray(0, Math.min(block.length, size - sent));
  }
}

function expectedSha256(run: number, size: number): string {
  const hash = createHash("sha256");
  for (const chunk of generated(run, size)) hash.update(chunk);
  return hash.digest("hex");
}

function multipartBody(run: number, size: number): ReadableStream<Uint8Array> {
  const head = Buffer.from(`--${BOUNDARY}\r\ncontent-disposition: form-data; name="file"; filename="bench.bin"\r\ncontent-type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const parts = (function* () {
    yield head;
    yield* generated(run, size);
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

// Resident memory of the server process tree (itself and any children), as
// `field` of /proc/<pid>/status: VmRSS now, or VmHWM, the high-water mark
// since it was last reset.
function processTree(rootPid: number): number[] {
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
  const pids: number[] = [];
  const visit = (pid: number) => {
    pids.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return pids;
}

function residentBytes(rootPid: number, field: "VmRSS" | "VmHWM"): number {
  let total = 0;
  for (const pid of processTree(rootPid)) {
    try {
      total += Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

// Resets the high-water mark (Linux: writing 5 to clear_refs), so the next
// VmHWM read is the peak of what ran since, not of the server's start-up.
function resetPeak(rootPid: number) {
  for (const pid of processTree(rootPid)) writeFileSync(`/proc/${pid}/clear_refs`, "5");
}

// What running `work` adds to the server's resident memory: its peak while
// the work ran, less what it held at rest just before.
async function residentGrowth(rootPid: number, work: () => Promise<unknown>): Promise<{ idleBytes: number; peakBytes: number }> {
  const idleBytes = residentBytes(rootPid, "VmRSS");
  resetPeak(rootPid);
  await work();
  return { idleBytes, peakBytes: Math.max(idleBytes, residentBytes(rootPid, "VmHWM")) };
}

// utime + stime of the server process, in seconds (clock ticks of 1/100 s).
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function sha256sumThroughput(): Promise<number> {
  const file = resolve(DATA_DIR, "sha256sum-input.bin");
  await pipeline(Readable.from(generated(0, SIZE)), createWriteStream(file));
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
// Uploads one generated artefact through the API and checks what the server
// says it stored; returns the upload's throughput in MB/s.
async function upload(run: number, size: number): Promise<number> {
  const expected = expectedSha256(run, size);
  const started = performance.now();
  const response = await fetch(`${server.url}/api/v1/incidents/${incident.id}/evidence`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    body: multipartBody(run, size),
    duplex: "half",
  } as RequestInit);
  const body = (await response.json()) as { sha256?: string; size?: number; detail?: string };
  const seconds = (performance.now() - started) / 1000;
  if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${body.detail}`);
  if (body.sha256 !== expected || body.size !== size) throw new Error(`the server stored ${body.size} bytes hashing to ${body.sha256}, expected ${size} / ${expected}`);
  return size / 1e6 / seconds;
}

const mb = (bytes: number) => Number((bytes / 1e6).toFixed(1));
const memoryReport = ({ idleBytes, peakBytes }: { idleBytes: number; peakBytes: number }) => ({
  idleRssMB: mb(idleBytes),
  peakRssMB: mb(peakBytes),
  addedRssMB: mb(peakBytes - idleBytes),
});

const server = await startServer({
  ...database.serverEnv,
  CORDON_EVIDENCE_BACKEND: "filesystem",
  CORDON_EVIDENCE_DIR: resolve(DATA_DIR, "evidence"),
  CORDON_EVIDENCE_MAX_BYTES: String(2 * SIZE),
});
try {
  const pid = server.child.pid!;
  // "Idle" is a server that has served an upload before: the upload route's
  // code is loaded, as on any server that has been up for a while. What is
  // measured is then what ingesting costs, not loading the route.
  await upload(1_000, MiB);
  let best = 0;
  const cpuBefore = cpuSeconds(pid);
  const single = await residentGrowth(pid, async () => {
    for (let run = 0; run < RUNS; run += 1) best = Math.max(best, await upload(run, SIZE));
  });
  const cpuPerGiB = (cpuSeconds(pid) - cpuBefore) / RUNS / (SIZE / 1024 ** 3);
  const concurrent = await residentGrowth(pid, () => Promise.all(Array.from({ length: CONCURRENT }, (_, i) => upload(100 + i, CONCURRENT_SIZE))));
  const sha256sumMBps = await sha256sumThroughput();
  const singleMemory = memoryReport(single);
  const concurrentMemory = memoryReport(concurrent);
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
      // Resident memory of the server at rest, its peak while uploading, and
      // the difference: what ingest adds.
      singleUpload: singleMemory,
      concurrentUploads: { uploads: CONCURRENT, bytesEach: CONCURRENT_SIZE, ...concurrentMemory },
      budgets: { minRatioToSha256sum: 0.8, maxAddedRssMB: MAX_ADDED_RSS_MB },
      withinBudget: {
        throughput: best / sha256sumMBps >= 0.8,
        singleUploadAddedRss: singleMemory.addedRssMB <= MAX_ADDED_RSS_MB,
        concurrentUploadsAddedRss: concurrentMemory.addedRssMB <= MAX_ADDED_RSS_MB,
      },
    }),
  );
} finally {
  await server.stop();
  await database.stop();
  await rm(DATA_DIR, { recursive: true, force: true });
}
