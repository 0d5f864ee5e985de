// /version, health and the discovery documents clients such as
// KubernetesObjectApi read to map kinds to resources.
import { json, text, type Reply } from "./http-io";
import { RESOURCES, SUBRESOURCES } from "./resources";

export const KUBERNETES_VERSION = "v1.31.4";

export const PUBLIC_PATHS = new Set(["/version", "/healthz", "/livez", "/readyz"]);

function resourceList(group: string, version: string) {
  const types = RESOURCES.filter((t) => t.group === group && t.version === version);
  const resources = types.flatMap((t) => [
    { name: t.resource, singularName: t.kind.toLowerCase(), namespaced: t.namespaced, kind: t.kind, verbs: [...t.verbs] },
    ...Object.entries(SUBRESOURCES)
      .filter(([key]) => key.startsWith(`${t.resource}/`))
      .map(([key, verbs]) => ({ name: key, singularName: "", namespaced: t.namespaced, kind: t.kind, verbs: [...verbs] })),
  ]);
  return { kind: "APIResourceList", apiVersion: "v1", groupVersion: group ? `${group}/${version}` : version, resources };
}

function groups() {
  const names = [...new Set(RESOURCES.map((t) => t.group).filter(Boolean))].sort();
  return names.map((name) => {
    const version = RESOURCES.find((t) => t.group === name)?.version ?? "v1";
    const groupVersion = { groupVersion: `${name}/${version}`, version };
    return { name, versions: [groupVersion], preferredVersion: groupVersion };
  });
}

/** Undefined when `path` is not a discovery or info path. */
export function discovery(path: string): Reply | undefined {
  const trimmed = path.length > 1 ? path.replace(/\/$/, "") : path;
  if (trimmed === "/version") {
    return json(200, {
      major: "1",
      minor: "31",
      gitVersion: KUBERNETES_VERSION,
      gitCommit: "a78aa47129b8539636eb86a9d00e31b2720fe06b",
      gitTreeState: "clean",
      buildDate: "2024-12-10T11:37:18Z",
      goVersion: "go1.22.9",
      compiler: "gc",
      platform: "linux/amd64",
    });
  }
  if (trimmed === "/healthz" || trimmed === "/livez" || trimmed === "/readyz") return text(200, "ok");
  if (trimmed === "/api") {
    return json(200, { kind: "APIVersions", versions: ["v1"], serverAddressByClientCIDRs: [] });
  }
  if (trimmed === "/api/v1") return json(200, resourceList("", "v1"));
  if (trimmed === "/apis") return json(200, { kind: "APIGroupList", apiVersion: "v1", groups: groups() });
  const match = /^\/apis\/([^/]+)(?:\/([^/]+))?$/.exec(trimmed);
  if (!match) return undefined;
  const group = groups().find((g) => g.name === match[1]);
  if (!group) return undefined;
  if (!match[2]) return json(200, { kind: "APIGroup", apiVersion: "v1", ...group });
  if (!group.versions.some((v) => v.version === match[2])) return undefined;
  return json(200, resourceList(group.name, match[2]));
}
