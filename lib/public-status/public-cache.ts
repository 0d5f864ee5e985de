import "server-only";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip as gzipCallback, constants as zlib } from "node:zlib";
import { env } from "@/lib/env";
import { securityHeaders } from "@/lib/http/security-headers";
import { log } from "@/lib/log";
import { incidentChangeFeed } from "@/lib/realtime/change-feed";
import { buildPublicSnapshot } from "./build-public-snapshot";
import { publicLocation } from "./configured-location";
import { publishPrebuiltPublicStatus, type PrebuiltPublicStatus, type PrebuiltResponse, type PublicResponseKind } from "./prebuilt-responses";
import { renderAtom, renderRss, renderSummary } from "./render-feeds";
import { renderPublicPage } from "./render-public-page";

const gzip = promisify(gzipCallback);

// The public page is what the world hits during an outage, so requests are
// answered from memory: every response is rendered, hashed and compressed
// once per change, then sent as is (by the front door, lib/front-door,
// before Next sees the request). Any change that could affect it (a
// publish, a public update, a component state, an incident's status)
// NOTIFYs; every web node rebuilds within moments. A periodic rebuild keeps
// the "today" bar and maintenance windows current when nothing changes.
const REBUILD_EVERY_MS = 60_000;
const globalForCache = globalThis as unknown as { cordonPublicCache?: { current: Promise<PrebuiltPublicStatus>; building: boolean; dirty: boolean } };

// The page has no scripts at all, only inline styles and a subscription form.
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const CONTENT_TYPES: Record<PublicResponseKind, string> = {
  html: "text/html; charset=utf-8",
  summary: "application/json",
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

export function publicStatus(): Promise<PrebuiltPublicStatus> {
  if (!globalForCache.cordonPublicCache) {
    const state = { current: build(), building: false, dirty: false };
    globalForCache.cordonPublicCache = state;
    void state.current.then(publishPrebuiltPublicStatus, () => undefined);
    const feed = incidentChangeFeed();
    feed.emitter.on("change", () => scheduleRebuild());
    feed.emitter.on("public", () => scheduleRebuild());
    feed.emitter.on("reconnect", () => scheduleRebuild());
    setInterval(() => scheduleRebuild(), REBUILD_EVERY_MS).unref();
  }
  return globalForCache.cordonPublicCache.current;
}

// Coalesces bursts of changes into one rebuild; the old page keeps being
// served until the new one is ready.
function scheduleRebuild() {
  const state = globalForCache.cordonPublicCache!;
  if (state.building) {
    state.dirty = true;
    return;
  }
  state.building = true;
  void build()
    .then((built) => {
      state.current = Promise.resolve(built);
      publishPrebuiltPublicStatus(built);
    })
    .catch((error) => log.error({ err: error }, "public status rebuild failed; serving the previous page"))
    .finally(() => {
      state.building = false;
      if (state.dirty) {
        state.dirty = false;
        scheduleRebuild();
      }
    });
}

async function build(): Promise<PrebuiltPublicStatus> {
  const snapshot = await buildPublicSnapshot();
  const location = publicLocation();
  // Feeds carry absolute links when Cordon knows its public address.
  const origin = location.origin ?? env().CORDON_PUBLIC_URL?.replace(/\/$/, "") ?? "";
  const pageUrl = `${origin}${location.path || "/"}`;
  const [html, summary, rss, atom] = await Promise.all([
    prebuild("html", renderPublicPage(snapshot, location.path)),
    prebuild("summary", JSON.stringify(renderSummary(snapshot))),
    prebuild("rss", renderRss(snapshot, pageUrl)),
    prebuild("atom", renderAtom(snapshot, pageUrl)),
  ]);
  return { responses: { html, summary, rss, atom }, builtAt: Date.now() };
}

async function prebuild(kind: PublicResponseKind, text: string): Promise<PrebuiltResponse> {
  const body = Buffer.from(text);
  const headers: Record<string, string> = {
    "content-type": CONTENT_TYPES[kind],
    // Anyone may cache it but must revalidate each time (a cheap 304 by
    // ETag): a page kept even a few seconds would break the promise that an
    // update is visible within 2 seconds.
    "cache-control": "public, no-cache",
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
    vary: "accept-encoding",
  };
  // Feeds and the summary may be read from other sites; the page may not be framed.
  if (kind === "html") Object.assign(headers, securityHeaders(PAGE_CSP, false));
  else headers["access-control-allow-origin"] = "*";
  return { headers, body, gzip: await gzip(body, { level: zlib.Z_BEST_COMPRESSION }) };
}
