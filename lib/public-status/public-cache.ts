import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { incidentChangeFeed } from "@/lib/realtime/change-feed";
import { buildPublicSnapshot } from "./build-public-snapshot";
import { renderAtom, renderRss, renderSummary } from "./render-feeds";
import { renderPublicPage } from "./render-public-page";

export const PUBLIC_STATUS_PATH = "/status/public";

type Rendered = { html: string; summary: string; rss: string; atom: string; etag: string; builtAt: number };

// The public page is what the world hits during an outage, so requests are
// answered from memory. Any change that could affect it (a publish, a
// public update, a component state, an incident's status) NOTIFYs; every
// web node rebuilds within moments. A periodic rebuild keeps the
// "today" bar and maintenance windows current even when nothing changes.
const REBUILD_EVERY_MS = 60_000;
const globalForCache = globalThis as unknown as { cordonPublicCache?: { current: Promise<Rendered>; building: boolean; dirty: boolean } };

export function publicStatus(): Promise<Rendered> {
  if (!globalForCache.cordonPublicCache) {
    const state = { current: render(), building: false, dirty: false };
    globalForCache.cordonPublicCache = state;
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
  void render()
    .then((rendered) => {
      state.current = Promise.resolve(rendered);
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

async function render(): Promise<Rendered> {
  const snapshot = await buildPublicSnapshot();
  const pageUrl = `${env().CORDON_PUBLIC_URL ?? ""}${PUBLIC_STATUS_PATH}`;
  const html = renderPublicPage(snapshot, PUBLIC_STATUS_PATH);
  return {
    html,
    summary: JSON.stringify(renderSummary(snapshot)),
    rss: renderRss(snapshot, pageUrl || PUBLIC_STATUS_PATH),
    atom: renderAtom(snapshot, pageUrl || PUBLIC_STATUS_PATH),
    etag: `"${createHash("sha1").update(html).digest("base64url")}"`,
    builtAt: Date.now(),
  };
}

