import type { PrebuiltResponse } from "./prebuilt-responses";

export type PrebuiltRequest = {
  method: string;
  ifNoneMatch?: string | null;
  acceptEncoding?: string | null;
  forwardedProto?: string | null;
};

export type PrebuiltAnswer = { status: 200 | 304; headers: Record<string, string>; body?: Buffer };

// How a prebuilt public response answers one request: 304 when the client
// has it, gzip when the client takes it, headers only for HEAD. Pure, so the
// front door and the app's route answer exactly alike.
export function answerPrebuilt(prebuilt: PrebuiltResponse, request: PrebuiltRequest): PrebuiltAnswer {
  const headers = { ...prebuilt.headers };
  // HSTS only means something over TLS (a proxy in front tells us).
  if (request.forwardedProto === "https") headers["strict-transport-security"] = "max-age=63072000; includeSubDomains";
  if (request.ifNoneMatch && request.ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === prebuilt.headers.etag)) {
    return { status: 304, headers };
  }
  const body = acceptsGzip(request.acceptEncoding) ? prebuilt.gzip : prebuilt.body;
  if (body === prebuilt.gzip) headers["content-encoding"] = "gzip";
  headers["content-length"] = String(body.length);
  return { status: 200, headers, body: request.method === "HEAD" ? undefined : body };
}

function acceptsGzip(acceptEncoding: string | null | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(",").some((entry) => {
    const [coding, ...params] = entry.trim().toLowerCase().split(";");
    const refused = params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
    return (coding === "gzip" || coding === "*") && !refused;
  });
}
