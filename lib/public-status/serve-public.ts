import "server-only";
import { env } from "@/lib/env";
import { securityHeaders } from "@/lib/http/security-headers";
import { publicStatus } from "./public-cache";

const TYPES = {
  html: "text/html; charset=utf-8",
  summary: "application/json",
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
} as const;

// Public on purpose: no sign-in, no cookies read, nothing but the cached
// public snapshot. Clients and proxies may cache for a few seconds; feeds
// may be read from other sites.
export async function servePublic(request: Request, kind: keyof typeof TYPES): Promise<Response> {
  if (env().CORDON_PUBLIC_STATUS === "off") return new Response("Not found", { status: 404 });
  const rendered = await publicStatus();
  const headers: Record<string, string> = { "content-type": TYPES[kind], "cache-control": "public, max-age=5" };
  if (kind === "html") {
    // The proxy skips this hot path, so the page sets its own headers: it
    // has no scripts at all, only inline styles and a subscription form.
    const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    Object.assign(headers, securityHeaders(csp, request.headers.get("x-forwarded-proto") === "https"));
    headers.etag = rendered.etag;
    if (request.headers.get("if-none-match") === rendered.etag) return new Response(null, { status: 304, headers });
  } else {
    headers["access-control-allow-origin"] = "*";
  }
  return new Response(rendered[kind], { headers });
}
