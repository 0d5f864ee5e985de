// Splits an API path into group, version, namespace, resource, name and
// subresource the way the API server's RequestInfoFactory does.
import type { Verb } from "./resources";

export interface RequestInfo {
  group: string;
  version: string;
  namespace?: string;
  resource: string;
  name?: string;
  subresource?: string;
  /** Path after the subresource, e.g. the kubelet path after `proxy/`. */
  subpath: string;
  verb: Verb | "watch";
}

function verbFor(method: string, hasName: boolean, watch: boolean): Verb | "watch" | undefined {
  switch (method) {
    case "GET":
      if (watch) return "watch";
      return hasName ? "get" : "list";
    case "POST":
      return "create";
    case "PUT":
      return "update";
    case "PATCH":
      return "patch";
    case "DELETE":
      return hasName ? "delete" : "deletecollection";
    default:
      return undefined;
  }
}

/** Undefined for paths that are not resource paths (discovery, /version). */
export function parseResourcePath(method: string, path: string, query: URLSearchParams): RequestInfo | undefined {
  const parts = path.split("/").slice(1);
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === "api" && parts.length >= 3) {
    group = "";
    version = parts[1] ?? "";
    rest = parts.slice(2);
  } else if (parts[0] === "apis" && parts.length >= 4) {
    group = parts[1] ?? "";
    version = parts[2] ?? "";
    rest = parts.slice(3);
  } else {
    return undefined;
  }
  let namespace: string | undefined;
  // `namespaces/{ns}` alone is the namespace object itself.
  if (rest[0] === "namespaces" && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [resource, name, subresource, ...subpath] = rest;
  if (!resource) return undefined;
  const verb = verbFor(method, Boolean(name), query.get("watch") === "true" || query.get("watch") === "1");
  if (!verb) return undefined;
  return {
    group,
    version,
    resource,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(name ? { name } : {}),
    ...(subresource ? { subresource } : {}),
    subpath: subpath.join("/"),
    verb,
  };
}
