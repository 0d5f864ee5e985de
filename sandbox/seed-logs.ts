// Log text for the seed: the compromised pod's containers tell the story of a
// re-pushed `latest` tag that turned a metrics sidecar into a miner; the
// kubelet and containerd journals carry the matching node-side traces.
import { randomBytes } from "node:crypto";
import type { LogLine, NodeLogs } from "./types";

const MINUTE = 60_000;

export const MINER_POOL = "pool.minexmr.example:4444";
export const DROPPER_URL = "http://203.0.113.77/plugins/collector.sh";

function at(base: Date, offsetMs: number): string {
  return new Date(base.getTime() + offsetMs).toISOString();
}

function line(base: Date, offsetMs: number, text: string): LogLine {
  return { at: at(base, offsetMs), text };
}

function logfmtTime(base: Date, offsetMs: number): string {
  return new Date(base.getTime() + offsetMs).toISOString().replace(/\.\d{3}Z$/, "Z");
}

function xmrigTime(base: Date, offsetMs: number): string {
  return new Date(base.getTime() + offsetMs).toISOString().replace("T", " ").replace("Z", "");
}

export function checkoutLogs(started: Date, now: Date): LogLine[] {
  const json = (offset: number, fields: Record<string, unknown>) =>
    line(started, offset, JSON.stringify({ level: "info", ts: at(started, offset), ...fields }));
  return [
    json(0, { msg: "starting checkout service", version: "2.14.1" }),
    json(420, { msg: "connected to ledger", addr: "ledger.payments.svc.cluster.local:7070" }),
    json(900, { msg: "listening", addr: ":8080" }),
    json(now.getTime() - started.getTime() - 95 * MINUTE, { level: "warn", msg: "slow request", path: "/api/v1/cart", duration_ms: 1840 }),
    json(now.getTime() - started.getTime() - 20 * MINUTE, { msg: "order placed", order: "ord_8KQ2J1", amount_cents: 4599 }),
  ];
}

function agentStart(base: Date, offset: number): LogLine[] {
  return [
    line(base, offset, `time="${logfmtTime(base, offset)}" level=info msg="metrics-agent 1.4.2 starting"`),
    line(base, offset + 200, `time="${logfmtTime(base, offset + 200)}" level=info msg="scraping localhost:8080/metrics every 15s"`),
    line(base, offset + 5_000, `time="${logfmtTime(base, offset + 5_000)}" level=info msg="fetching plugin" url="${DROPPER_URL}"`),
  ];
}

function minerLines(base: Date, offset: number, hashrates: number[]): LogLine[] {
  const mark = (delta: number, text: string) => line(base, offset + delta, `[${xmrigTime(base, offset + delta)}]  ${text}`);
  return [
    mark(6_000, " * ABOUT        XMRig/6.21.0 gcc/11.2.0"),
    mark(6_010, " * CPU          Intel(R) Xeon(R) CPU @ 2.20GHz (1) 64-bit AES"),
    mark(6_500, `net      use pool ${MINER_POOL}  203.0.113.91`),
    mark(7_000, `net      new job from ${MINER_POOL} diff 120001 algo rx/0 height 3190211`),
    mark(9_000, "randomx  init dataset algo rx/0 (4 threads) seed 6f9c1e4f0b2a7d3c..."),
    ...hashrates.map((rate, i) => mark(60_000 * (i + 1), `miner    speed 10s/60s/15m ${rate.toFixed(1)} ${(rate - 4.5).toFixed(1)} n/a H/s max ${(rate + 19.3).toFixed(1)} H/s`)),
  ];
}

/** Previous instance: benign start, the dropper, the miner, then the OOM kill. */
export function agentPreviousLogs(started: Date, killed: Date): LogLine[] {
  const lifetime = killed.getTime() - started.getTime();
  return [
    ...agentStart(started, 0),
    ...minerLines(started, 0, [1843.2, 1851.7, 1838.9]),
    line(started, lifetime - 1_000, `[${xmrigTime(started, lifetime - 1_000)}]  miner    speed 10s/60s/15m 1902.4 1874.0 1849.3 H/s max 1911.8 H/s`),
  ];
}

export function agentCurrentLogs(started: Date): LogLine[] {
  return [...agentStart(started, 0), ...minerLines(started, 0, [1839.5, 1846.1, 1850.0, 1844.8])];
}

export function agentBenignLogs(started: Date): LogLine[] {
  return [
    line(started, 0, `time="${logfmtTime(started, 0)}" level=info msg="metrics-agent 1.4.1 starting"`),
    line(started, 200, `time="${logfmtTime(started, 200)}" level=info msg="scraping localhost:8080/metrics every 15s"`),
    line(started, 15_200, `time="${logfmtTime(started, 15_200)}" level=info msg="scrape ok" samples=412`),
  ];
}

/** klog's header: `I0612 10:00:00.123456    1187 file.go:123] `. */
function klog(base: Date, offsetMs: number, pid: number, source: string, message: string, level = "I"): LogLine {
  const time = new Date(base.getTime() + offsetMs);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const stamp = `${pad(time.getUTCMonth() + 1)}${pad(time.getUTCDate())} ${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())}:${pad(time.getUTCSeconds())}.${pad(time.getUTCMilliseconds(), 3)}000`;
  return { at: time.toISOString(), text: `kubelet[${pid}]: ${level}${stamp}    ${pid} ${source}] ${message}` };
}

export interface SuspectTrace {
  pod: string;
  namespace: string;
  uid: string;
  started: Date;
  killed: Date;
}

export function kubeletJournal(node: string, now: Date, pid: number, suspect?: SuspectTrace): NodeLogs {
  const housekeeping: LogLine[] = [];
  for (let minutes = 6 * 60; minutes > 0; minutes -= 30) {
    housekeeping.push(klog(now, -minutes * MINUTE, pid, "container_gc.go:88", '"Attempting to delete unused containers"'));
    housekeeping.push(klog(now, -minutes * MINUTE + 1_250, pid, "image_gc_manager.go:383", '"Disk usage on image filesystem is over the low threshold, trying to free bytes down to the low threshold" usage=12 lowThreshold=80'));
  }
  const trace: LogLine[] = [];
  if (suspect) {
    const key = `${suspect.namespace}/${suspect.pod}`;
    const since = (date: Date) => date.getTime() - now.getTime();
    const containerId = randomBytes(32).toString("hex");
    trace.push(
      klog(now, since(suspect.started) - 2_000, pid, "kubelet.go:2407", `"SyncLoop ADD" source="api" pods=["${key}"]`),
      klog(now, since(suspect.started) + 3_000, pid, "kubelet.go:2453", `"SyncLoop (PLEG): event for pod" pod="${key}" event={"ID":"${suspect.uid}","Type":"ContainerStarted","Data":"${containerId}"}`),
      klog(now, since(suspect.killed), pid, "kubelet.go:2453", `"SyncLoop (PLEG): event for pod" pod="${key}" event={"ID":"${suspect.uid}","Type":"ContainerDied","Data":"${containerId}"}`),
      klog(now, since(suspect.killed) + 800, pid, "pod_workers.go:1301", `"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"metrics-agent\\" with CrashLoopBackOff: \\"back-off 10s restarting failed container=metrics-agent pod=${suspect.pod}_${suspect.namespace}(${suspect.uid})\\"" pod="${key}" podUID="${suspect.uid}"`, "E"),
      klog(now, since(suspect.killed) + 11_000, pid, "kubelet.go:2453", `"SyncLoop (PLEG): event for pod" pod="${key}" event={"ID":"${suspect.uid}","Type":"ContainerStarted","Data":"${randomBytes(32).toString("hex")}"}`),
    );
  }
  return { node, service: "kubelet", lines: [...housekeeping, ...trace].sort((a, b) => a.at.localeCompare(b.at)) };
}

export function containerdJournal(node: string, now: Date, image: string, pulledAt: Date, digest: string): NodeLogs {
  const pid = 702;
  const entry = (date: Date, message: string): LogLine => ({
    at: date.toISOString(),
    text: `containerd[${pid}]: time="${date.toISOString().replace("Z", "000000Z")}" level=info msg=${JSON.stringify(message)}`,
  });
  return {
    node,
    service: "containerd",
    lines: [
      entry(pulledAt, `PullImage "${image}"`),
      entry(new Date(pulledAt.getTime() + 2_100), `ImageCreate event name:"${image.replace(/:[^:/]+$/, "")}@${digest}" labels:{key:"io.cri-containerd.image" value:"managed"}`),
      entry(new Date(pulledAt.getTime() + 2_150), `PullImage "${image}" returns image reference "${digest}"`),
      entry(new Date(now.getTime() - 5 * MINUTE), "cleaning up dead shim"),
    ],
  };
}
