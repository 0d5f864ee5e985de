// GET of one object and of lists, with label/field selectors and
// limit/continue paging.
import { behaviourOf } from "./behaviours";
import { json, type ApiRequest, type Reply } from "./http-io";
import { clone } from "./json";
import { apiVersionOf, fieldValue, type ResourceType } from "./resources";
import type { RequestInfo } from "./route";
import { fieldsMatch, parseFieldSelector, parseLabelSelector } from "./selectors";
import type { SandboxState } from "./state";
import { badRequest, notFound } from "./status";
import type { KubeObject } from "./types";

// Custom resources keep apiVersion/kind on list items; built-in lists drop them.
const CUSTOM_GROUPS = new Set(["snapshot.storage.k8s.io"]);

export function refOf(type: ResourceType) {
  return { resource: type.resource, group: type.group, kind: type.kind };
}

export function getObject(state: SandboxState, type: ResourceType, info: RequestInfo): Reply {
  const name = info.name ?? "";
  const object = state.store.peek(type.resource, info.namespace, name);
  if (!object) throw notFound(refOf(type), name);
  const present = behaviourOf(type.resource).present;
  return json(200, clone(present ? present(object, state, true) : object));
}

/** Stored objects in scope that match the request's label and field selectors. */
export function selectObjects(state: SandboxState, type: ResourceType, info: RequestInfo, query: URLSearchParams): KubeObject[] {
  const labels = parseLabelSelector(query.get("labelSelector"));
  const fields = parseFieldSelector(query.get("fieldSelector"), ["metadata.name", "metadata.namespace", ...type.fields]);
  return state.store
    .all(type.resource, type.namespaced ? info.namespace : undefined)
    .filter((object) => labels(object.metadata.labels))
    .filter((object) => fieldsMatch(fields, (field) => fieldValue(object, field)));
}

function keyOf(object: KubeObject): string {
  return `${object.metadata.namespace ?? ""}/${object.metadata.name}`;
}

function decodeContinue(token: string | null): string | undefined {
  if (!token) return undefined;
  try {
    const decoded = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { start?: unknown };
    if (typeof decoded.start === "string") return decoded.start;
  } catch {
    // reported below
  }
  throw badRequest(`continue key is not valid: ${token}`);
}

function parseLimit(value: string | null): number | undefined {
  if (value === null || value === "" || value === "0") return undefined;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 0) throw badRequest(`invalid limit: ${value}`);
  return limit;
}

export function listObjects(state: SandboxState, type: ResourceType, info: RequestInfo, request: ApiRequest): Reply {
  const start = decodeContinue(request.query.get("continue"));
  const limit = parseLimit(request.query.get("limit"));
  const matching = selectObjects(state, type, info, request.query).filter(
    (object) => start === undefined || keyOf(object) >= start,
  );
  const page = limit === undefined ? matching : matching.slice(0, limit);
  const next = limit === undefined ? undefined : matching[limit];
  const present = behaviourOf(type.resource).present;
  const keepTypeMeta = CUSTOM_GROUPS.has(type.group);
  const items = page.map((object) => {
    const shown = clone(present ? present(object, state, false) : object) as Partial<KubeObject>;
    if (!keepTypeMeta) {
      delete shown.apiVersion;
      delete shown.kind;
    }
    return shown;
  });
  return json(200, {
    kind: `${type.kind}List`,
    apiVersion: apiVersionOf(type),
    metadata: {
      resourceVersion: state.resourceVersion,
      ...(next
        ? {
            continue: Buffer.from(JSON.stringify({ start: keyOf(next) })).toString("base64url"),
            remainingItemCount: matching.length - page.length,
          }
        : {}),
    },
    items,
  });
}
