import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers";

// Runs before every request: sets the security headers (with a fresh CSP
// nonce that Next applies to its own scripts) and sends anonymous visitors
// of app pages to sign-in. API routes answer 401 themselves, as JSON.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const PUBLIC_PAGES = ["/sign-in", "/status/public"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const isApi = pathname.startsWith("/api/");
  const isPublic = PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));

  let response: NextResponse;
  if (!isApi && !isPublic && !hasSession) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", pathname + search);
    response = NextResponse.redirect(signIn);
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers } });
  }
  const behindTls = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  for (const [name, value] of Object.entries(securityHeaders(csp, behindTls))) response.headers.set(name, value);
  return response;
}

// Skipped by the proxy:
// - evidence uploads: Next buffers and truncates request bodies over 10 MB
//   that pass through it, and uploads may be gigabytes (the route
//   authenticates on its own and answers JSON);
// - alert ingestion (/api/v1/ingest/…), a machine-to-machine hot path that
//   authenticates with its source's token and answers JSON;
// - the public status page's cached answers, which are the hot path in an
//   outage and need no session or nonce (they carry no scripts).
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/v1/incidents/[^/]+/evidence/?$|api/v1/ingest/|status/public(?:/(?:summary\\.json|rss\\.xml|atom\\.xml))?$).*)"],
};
