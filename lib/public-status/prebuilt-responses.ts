// The public page's responses, built once per change (lib/public-status/
// public-cache.ts) and then sent as they are, by the app's route and, before
// any request reaches Next, by the HTTP front door (lib/front-door). Both
// live in one process but in separate module graphs (Next bundles its own
// copy of lib/), so the hand-over is a well-known global symbol.

export type PublicResponseKind = "html" | "summary" | "rss" | "atom";

export type PrebuiltResponse = {
  headers: Record<string, string>;
  body: Buffer;
  /** The same body, gzip-compressed once at build time. */
  gzip: Buffer;
};

export type PrebuiltPublicStatus = {
  responses: Record<PublicResponseKind, PrebuiltResponse>;
  builtAt: number;
};

/** The sub-path under the public page that each prebuilt response answers. */
export const PREBUILT_SUB_PATHS: Record<string, PublicResponseKind> = {
  "": "html",
  "/summary.json": "summary",
  "/rss.xml": "rss",
  "/atom.xml": "atom",
};

const SLOT = Symbol.for("cordon.public-status.prebuilt");
type Holder = { [SLOT]?: PrebuiltPublicStatus };

export function publishPrebuiltPublicStatus(prebuilt: PrebuiltPublicStatus): void {
  (globalThis as Holder)[SLOT] = prebuilt;
}

/** Undefined until the app has built the page once (or when it is switched off). */
export function currentPrebuiltPublicStatus(): PrebuiltPublicStatus | undefined {
  return (globalThis as Holder)[SLOT];
}
