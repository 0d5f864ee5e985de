// Routes an authenticated request to its handler, in the API server's order:
// resolve the resource, authorize, then check method and body.
import { authorize, reviewAccess, reviewRules } from "./authz";
import { discovery } from "./discovery";
import { evictPod } from "./handle-eviction";
import { nodeProxy } from "./handle-node-proxy";
import { podLogs } from "./handle-pod-logs";
import { getObject, listObjects } from "./handle-read";
import { createObject, deleteCollection, deleteObject, patchObject, updateObject } from "./handle-write";
import type { ApiRequest, Reply } from "./http-io";
import { findResource, SUBRESOURCES, type ResourceType } from "./resources";
import { parseResourcePath, type RequestInfo } from "./route";
import type { SandboxState } from "./state";
import { methodNotAllowed, pathNotFound, qualifiedResource } from "./status";

// A documented departure from the real API, which would accept these: the
// sandbox holds the evidence of drills and tests, and a DELETE of a pod or
// node is exactly what Cordon must never send, so it is refused (and
// recorded like every request) instead of destroying anything.
function refuseDestroy(type: ResourceType, name: string) {
  return methodNotAllowed(
    `the sandbox cluster does not support destroying workloads: refusing to delete ${qualifiedResource(type)} "${name}" (deleting pods or nodes destroys evidence)`,
  );
}

function subresource(state: SandboxState, type: ResourceType, info: RequestInfo, request: ApiRequest): Reply {
  const key = `${type.resource}/${info.subresource ?? ""}`;
  const verbs = SUBRESOURCES[key];
  if (!verbs || !info.name) throw pathNotFound();
  if (info.verb === "watch" || !verbs.includes(info.verb)) throw methodNotAllowed();
  if (key === "nodes/proxy") return nodeProxy(state, info, request);
  if (info.subpath !== "") throw pathNotFound();
  if (key === "pods/log") return podLogs(state, info, request);
  return evictPod(state, info, request);
}

export function dispatch(state: SandboxState, request: ApiRequest): Reply {
  const info = parseResourcePath(request.method, request.path, request.query);
  if (!info) {
    const document = request.method === "GET" ? discovery(request.path) : undefined;
    if (document) return document;
    throw pathNotFound();
  }
  const type = findResource(info.group, info.version, info.resource);
  if (!type) throw pathNotFound();
  if (!type.namespaced && info.namespace !== undefined) throw pathNotFound();
  if (type.namespaced && info.namespace === undefined && info.verb !== "list" && info.verb !== "watch") throw pathNotFound();
  authorize(state, info);
  if (info.subresource) return subresource(state, type, info, request);
  if (info.verb === "watch") throw methodNotAllowed("watch is not supported by the sandbox cluster");
  if (type.resource === "selfsubjectaccessreviews" && info.verb === "create" && !info.name) return reviewAccess(state, request);
  if (type.resource === "selfsubjectrulesreviews" && info.verb === "create" && !info.name) return reviewRules(state, request);
  if (info.verb === "delete" && (type.resource === "pods" || type.resource === "nodes")) throw refuseDestroy(type, info.name ?? "");
  if (!type.verbs.includes(info.verb)) throw methodNotAllowed();
  switch (info.verb) {
    case "get":
      return getObject(state, type, info);
    case "list":
      return listObjects(state, type, info, request);
    case "create":
      if (info.name) throw methodNotAllowed();
      return createObject(state, type, info, request);
    case "patch":
      return patchObject(state, type, info, request);
    case "update":
      return updateObject(state, type, info, request);
    case "delete":
      return deleteObject(state, type, info, request);
    case "deletecollection":
      return deleteCollection(state, type, info, request);
  }
}
