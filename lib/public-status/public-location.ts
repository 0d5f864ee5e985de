// Where the world reaches the public status page: a path on Cordon's own
// host (the default, /status/public), or a host name of its own
// (https://status.example.com/), optionally under a path. Pure: the HTTP
// front door (lib/front-door) and the page renderer both read it.

/** The route that serves the page inside the app (app/status/public). */
export const INTERNAL_PUBLIC_STATUS_PATH = "/status/public";

// First path segments the app itself answers on; a public page there would
// hide a part of Cordon. Kept equal to app/'s top-level routes by a test.
export const RESERVED_FIRST_SEGMENTS = ["_next", "alerts", "api", "clusters", "deadlines", "drills", "incidents", "insights", "post-mortems", "readiness", "settings", "sign-in", "status"] as const;

/** What lives under the page (app/status/public/*), besides the page itself. */
export const PUBLIC_SUB_PATHS = ["/atom.xml", "/confirm", "/rss.xml", "/subscribe", "/summary.json", "/unsubscribe"] as const;

export type PublicLocation = {
  /** Lower-case host name (no port) the page owns entirely, if any. */
  host?: string;
  /** scheme://host[:port] of the page's own host, for absolute links. */
  origin?: string;
  /** The page's path without a trailing slash: "" for a host's root. */
  path: string;
};

export class PublicLocationError extends Error {}

export const DEFAULT_PUBLIC_LOCATION: PublicLocation = { path: INTERNAL_PUBLIC_STATUS_PATH };

/**
 * Parses CORDON_PUBLIC_STATUS_URL: "/some/path" or "https://status.example.com[/path]".
 * Throws PublicLocationError with a message for the operator.
 */
export function parsePublicLocation(value: string | undefined): PublicLocation {
  if (value === undefined || value.trim() === "") return DEFAULT_PUBLIC_LOCATION;
  const raw = value.trim();
  if (raw.startsWith("/")) return { path: checkedPath(raw, false) };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PublicLocationError(`"${raw}" is neither a path starting with "/" nor an absolute http(s) URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new PublicLocationError(`"${raw}" must use http or https, not ${url.protocol}`);
  if (url.search || url.hash || url.username || url.password) throw new PublicLocationError(`"${raw}" must not carry a query, fragment or credentials`);
  return { host: url.hostname.toLowerCase(), origin: url.origin, path: checkedPath(url.pathname, true) };
}

function checkedPath(path: string, ownHost: boolean): string {
  const trimmed = path.replace(/\/+$/, "");
  if (!/^(\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) throw new PublicLocationError(`the path "${path}" may only contain letters, digits and . _ ~ - between slashes`);
  if (trimmed.split("/").some((segment) => segment === "." || segment === "..")) throw new PublicLocationError(`the path "${path}" must not contain "." or ".." segments`);
  if (ownHost) return trimmed;
  if (trimmed === "") throw new PublicLocationError('the public page can only take the root path "/" on a host name of its own, e.g. https://status.example.com/');
  if (trimmed === INTERNAL_PUBLIC_STATUS_PATH) return trimmed;
  const first = trimmed.split("/")[1]!;
  if ((RESERVED_FIRST_SEGMENTS as readonly string[]).includes(first)) {
    throw new PublicLocationError(`the path "${path}" is taken by Cordon itself (/${first}); choose another, e.g. /public-status`);
  }
  return trimmed;
}

/** The host name of a Host header, lower-cased and without its port. */
export function hostnameOf(hostHeader: string | undefined): string | undefined {
  if (!hostHeader) return undefined;
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith("[")) return host.slice(0, host.indexOf("]") + 1);
  return host.replace(/:\d+$/, "");
}

/**
 * The sub-path of the public page a request asks for ("" for the page
 * itself, "/rss.xml", "/subscribe", …), or undefined when the request is for
 * nothing the public page has.
 */
export function publicSubPath(location: PublicLocation, hostHeader: string | undefined, pathname: string): string | undefined {
  if (location.host && hostnameOf(hostHeader) !== location.host) return undefined;
  if (pathname === location.path || pathname === `${location.path}/`) return "";
  if (!pathname.startsWith(`${location.path}/`)) return undefined;
  const subPath = pathname.slice(location.path.length);
  return (PUBLIC_SUB_PATHS as readonly string[]).includes(subPath) ? subPath : undefined;
}
