// GET pods/{name}/log: plain text from the container's current or previous
// instance, with the kubelet's filters and error messages.
import { refOf } from "./handle-read";
import { text, type ApiRequest, type Reply } from "./http-io";
import { arrayAt, isRecord, recordAt, stringAt } from "./json";
import { podContainerNames, podNodeName } from "./objects";
import { resourceByName } from "./resources";
import type { RequestInfo } from "./route";
import type { SandboxState } from "./state";
import { badRequest, notFound } from "./status";
import type { ContainerLogs, KubeObject, LogLine } from "./types";

export function parseBool(query: URLSearchParams, name: string): boolean {
  const value = query.get(name);
  if (value === null || value === "") return false;
  if (["1", "t", "T", "TRUE", "true", "True"].includes(value)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(value)) return false;
  throw badRequest(`${name}: Invalid value: "${value}": strconv.ParseBool: parsing "${value}": invalid syntax`);
}

function parseNumber(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  if (value === null || value === "") return undefined;
  const number = Number(value);
  if (!Number.isInteger(number)) throw badRequest(`${name}: Invalid value: "${value}": must be an integer`);
  if (number < 0 || (name === "sinceSeconds" && number === 0)) throw badRequest(`${name}: Invalid value: ${number}: must be greater than 0`);
  return number;
}

/** Set on a pod (by a drill's evidence-loss inject) when its logs were wiped. */
export const LOGS_WIPED_ANNOTATION = "drill.cordon.dev/logs-wiped-at";

/** RFC3339Nano with fixed nine digits, as the kubelet prefixes lines. */
export function logTimestamp(at: string): string {
  return new Date(at).toISOString().replace(/\.(\d{3})Z$/, ".$1000000Z");
}

/** A plausible log for containers the seed wrote nothing for. */
function generatedLogs(pod: KubeObject, container: string): ContainerLogs {
  const status = arrayAt(pod.status, "containerStatuses").find((s) => stringAt(s, "name") === container);
  const started = stringAt(recordAt(recordAt(status, "state"), "running"), "startedAt") ?? stringAt(pod.status, "startTime");
  const at = new Date(started ?? pod.metadata.creationTimestamp ?? Date.now());
  const image = stringAt(status, "image") ?? container;
  const line = (offsetMs: number, message: string): LogLine => ({ at: new Date(at.getTime() + offsetMs).toISOString(), text: message });
  const current = [
    line(0, `level=info msg="starting ${container}" image=${image}`),
    line(150, `level=info msg="configuration loaded" pod=${pod.metadata.name}`),
    line(900, `level=info msg="ready" listen=:8080`),
  ];
  const restarts = isRecord(status) && typeof status.restartCount === "number" ? status.restartCount : 0;
  return {
    namespace: pod.metadata.namespace ?? "",
    pod: pod.metadata.name,
    container,
    current,
    ...(restarts > 0 ? { previous: [line(-60_000, `level=info msg="starting ${container}"`), line(-1_000, `level=error msg="terminated"`)] } : {}),
  };
}

export function podLogs(state: SandboxState, info: RequestInfo, request: ApiRequest): Reply {
  const name = info.name ?? "";
  const pod = state.store.peek("pods", info.namespace, name);
  if (!pod) throw notFound(refOf(resourceByName("pods")), name);
  const { query } = request;
  const containers = podContainerNames(pod);
  let container = query.get("container") ?? "";
  if (!container) {
    if (containers.length !== 1) {
      throw badRequest(`a container name must be specified for pod ${name}, choose one of: [${containers.join(" ")}]`);
    }
    container = containers[0] ?? "";
  } else if (!containers.includes(container)) {
    throw badRequest(`container ${container} is not valid for pod ${name}`);
  }
  if (!podNodeName(pod)) throw badRequest(`container "${container}" in pod "${name}" is waiting to start: ContainerCreating`);
  const previous = parseBool(query, "previous");
  const timestamps = parseBool(query, "timestamps");
  parseBool(query, "follow");
  const tailLines = parseNumber(query, "tailLines");
  const limitBytes = parseNumber(query, "limitBytes");
  const sinceSeconds = parseNumber(query, "sinceSeconds");
  const sinceTimeText = query.get("sinceTime");
  const sinceTime = sinceTimeText ? Date.parse(sinceTimeText) : undefined;
  if (sinceTime !== undefined && Number.isNaN(sinceTime)) throw badRequest(`sinceTime: Invalid value: "${sinceTimeText}"`);
  if (sinceTime !== undefined && sinceSeconds !== undefined) throw badRequest("at most one of `sinceTime` or `sinceSeconds` may be specified");

  const logs = state.containerLogsFor(info.namespace ?? "", name, container) ?? generatedLogs(pod, container);
  const source = previous ? logs.previous : logs.current;
  if (!source) throw badRequest(`previous terminated container "${container}" in pod "${name}" not found`);
  const since = sinceTime ?? (sinceSeconds !== undefined ? state.now().getTime() - sinceSeconds * 1000 : undefined);
  // A drill's "attacker deletes the logs": everything written before the
  // wipe is gone from the node, as when the log file is truncated.
  const wipedAt = Date.parse(stringAt(pod.metadata.annotations, LOGS_WIPED_ANNOTATION) ?? "");
  let lines = source.filter((line) => (since === undefined || Date.parse(line.at) >= since) && (Number.isNaN(wipedAt) || Date.parse(line.at) > wipedAt));
  if (tailLines !== undefined) lines = tailLines === 0 ? [] : lines.slice(-tailLines);
  let body = lines.map((line) => `${timestamps ? `${logTimestamp(line.at)} ` : ""}${line.text}\n`).join("");
  if (limitBytes !== undefined) body = Buffer.from(body).subarray(0, limitBytes).toString("utf8");
  return text(200, body);
}
