import "server-only";
import { env } from "@/lib/env";
import { answerPrebuilt } from "./answer-prebuilt";
import { publicStatus } from "./public-cache";
import type { PublicResponseKind } from "./prebuilt-responses";

// Public on purpose: no sign-in, no cookies read, nothing but the prebuilt
// public snapshot. Once built, the front door (lib/front-door) answers these
// before Next does; this route answers the first request, and all of them
// when Cordon runs without the front door (`npm run dev`).
export async function servePublic(request: Request, kind: PublicResponseKind): Promise<Response> {
  if (env().CORDON_PUBLIC_STATUS === "off") return new Response("Not found", { status: 404 });
  const prebuilt = await publicStatus();
  const answer = answerPrebuilt(prebuilt.responses[kind], {
    method: request.method,
    ifNoneMatch: request.headers.get("if-none-match"),
    // Next compresses route responses itself (and would compress a gzip
    // body a second time), so this route sends the plain body.
    acceptEncoding: null,
    forwardedProto: request.headers.get("x-forwarded-proto"),
  });
  // Next sets the length of what it finally sends (compressed or not).
  const { "content-length": _length, ...headers } = answer.headers;
  return new Response(answer.body ? new Uint8Array(answer.body) : null, { status: answer.status, headers });
}
