// nodes/{name}/proxy/…: the two kubelet endpoints Cordon uses — container
// checkpoints (KEP-2008) and node log query (KEP-2258) — answering with the
// kubelet's own bodies, which the API server passes through as plain text.
import { refOf } from "./handle-read";
import { json, text, type ApiRequest, type Reply } from "./http-io";
import { podContainerNames, podNodeName } from "./objects";
import { resourceByName } from "./resources";
import type { RequestInfo } from "./route";
import type { SandboxState } from "./state";
import { apiTime } from "./store";
import { notFound } from "./status";
import type { LogLine } from "./types";

const PAGE_NOT_FOUND = text(404, "404 page not found\n");

export function nodeProxy(state: SandboxState, info: RequestInfo, request: ApiRequest): Reply {
  const node = state.store.peek("nodes", undefined, info.name ?? "");
  if (!node) throw notFound(refOf(resourceByName("nodes")), info.name ?? "");
  const [endpoint, ...rest] = info.subpath.split("/");
  if (endpoint === "checkpoint") return checkpoint(state, node.metadata.name, rest, request);
  if (endpoint === "logs") return nodeLogs(state, node.metadata.name, rest.join("/"), request);
  return PAGE_NOT_FOUND;
}

function checkpoint(state: SandboxState, node: string, args: string[], request: ApiRequest): Reply {
  if (state.nodeFeatures(node).checkpoint === "gate-off") return PAGE_NOT_FOUND;
  if (request.method !== "POST") return text(405, "405: Method Not Allowed");
  const [namespace, podName, container] = args;
  if (!namespace || !podName || !container || args.length !== 3) return PAGE_NOT_FOUND;
  const timeout = request.query.get("timeout");
  if (timeout !== null && !/^\d+$/.test(timeout)) return text(400, `cannot parse value of timeout: ${timeout}`);
  const pod = state.store.peek("pods", namespace, podName);
  if (!pod || podNodeName(pod) !== node) return text(404, "pod does not exist");
  if (!podContainerNames(pod).includes(container)) return text(404, `container ${container} does not exist`);
  if (state.nodeFeatures(node).checkpoint === "unsupported") {
    return text(
      500,
      `checkpointing of ${namespace}/${podName}/${container} failed (rpc error: code = Unimplemented desc = method CheckpointContainer not implemented)`,
    );
  }
  const at = state.now();
  const path = `/var/lib/kubelet/checkpoints/checkpoint-${podName}_${namespace}-${container}-${apiTime(at)}.tar`;
  state.checkpoints.push({ node, namespace, pod: podName, container, path, at: at.toISOString() });
  return json(200, { items: [path] });
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** journalctl --utc --output=short-precise: `May 01 10:00:00.123456 host unit[pid]: text`. */
function journalLine(node: string, line: LogLine): string {
  const at = new Date(line.at);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const time = `${MONTHS[at.getUTCMonth()]} ${pad(at.getUTCDate())} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}.${pad(at.getUTCMilliseconds(), 3)}000`;
  return `${time} ${node} ${line.text}\n`;
}

function parseTime(value: string | null, name: string): number | undefined | Reply {
  if (value === null || value === "") return undefined;
  const time = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(time)) {
    return text(400, `${name}: Invalid value: "${value}": parsing time "${value}" as "2006-01-02T15:04:05Z07:00": cannot parse`);
  }
  return time;
}

function nodeLogs(state: SandboxState, node: string, path: string, request: ApiRequest): Reply {
  if (!state.nodeFeatures(node).nodeLogQuery) return PAGE_NOT_FOUND;
  if (request.method !== "GET") return text(405, "405: Method Not Allowed");
  const services = request.query.getAll("query").flatMap((q) => q.split(",")).filter(Boolean);
  if (services.length === 0) {
    if (path !== "") return PAGE_NOT_FOUND;
    return text(200, '<pre>\n<a href="containers/">containers/</a>\n<a href="journal/">journal/</a>\n<a href="pods/">pods/</a>\n<a href="syslog">syslog</a>\n</pre>\n', "text/html; charset=utf-8");
  }
  if (services.some((service) => !/^[A-Za-z0-9._@:\-/]+$/.test(service))) {
    return text(400, `query: Invalid value: "${services.join(",")}": query must be a valid service or file name`);
  }
  const since = parseTime(request.query.get("sinceTime"), "sinceTime");
  const until = parseTime(request.query.get("untilTime"), "untilTime");
  if (typeof since === "object") return since;
  if (typeof until === "object") return until;
  const tail = request.query.get("tailLines");
  if (tail !== null && !/^\d+$/.test(tail)) return text(400, `tailLines: Invalid value: "${tail}": must be a non-negative integer`);
  const patternText = request.query.get("pattern");
  let pattern: RegExp | undefined;
  try {
    pattern = patternText ? new RegExp(patternText) : undefined;
  } catch {
    return text(400, `pattern: Invalid value: "${patternText}": must be a valid regular expression`);
  }
  let lines = services
    .flatMap((service) => state.nodeLogsFor(node, service)?.lines ?? [])
    .filter((line) => since === undefined || Date.parse(line.at) >= since)
    .filter((line) => until === undefined || Date.parse(line.at) <= until)
    .filter((line) => !pattern || pattern.test(line.text))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (tail !== null) lines = Number(tail) === 0 ? [] : lines.slice(-Number(tail));
  if (lines.length === 0) return text(200, "-- No entries --\n");
  return text(200, lines.map((line) => journalLine(node, line)).join(""));
}
