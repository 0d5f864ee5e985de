import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import type { PrebuiltPublicStatus, PrebuiltResponse } from "../public-status/prebuilt-responses";
import { parsePublicLocation } from "../public-status/public-location";
import { createFrontDoor, type FrontDoorOptions } from "./front-door";
import type { IngestHandler } from "./ingest-handoff";

// A real HTTP server with the front door in front of a stand-in for Next
// that reports which URL reached it.
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

function prebuiltResponse(text: string, type: string): PrebuiltResponse {
  const body = Buffer.from(text);
  return { headers: { "content-type": type, etag: `"${text.length}-${type.length}"`, "cache-control": "public, max-age=5" }, body, gzip: gzipSync(body) };
}

const PREBUILT: PrebuiltPublicStatus = {
  builtAt: 0,
  responses: {
    html: prebuiltResponse("<p>all good</p>", "text/html; charset=utf-8"),
    summary: prebuiltResponse('{"status":"operational"}', "application/json"),
    rss: prebuiltResponse("<rss/>", "application/rss+xml"),
    atom: prebuiltResponse("<feed/>", "application/atom+xml"),
  },
};

async function start(options: Partial<Omit<FrontDoorOptions, "location">> & { location?: string }) {
  const reachedNext: string[] = [];
  const door = createFrontDoor({
    location: parsePublicLocation(options.location),
    publicStatusOn: options.publicStatusOn ?? true,
    prebuilt: options.prebuilt ?? (() => PREBUILT),
    ingest: options.ingest,
    next: (request, response) => {
      reachedNext.push(request.url!);
      response.writeHead(200, { "content-type": "text/plain" }).end(`next:${request.url}`);
    },
  });
  server = createServer((request, response) => void door(request, response));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, headers: Record<string, string> = {}, method = "GET") => fetch(`${base}${path}`, { method, headers });
  return { get, reachedNext };
}

describe("the front door", () => {
  it("answers the public page and feeds from the prebuilt responses without reaching Next", async () => {
    const { get, reachedNext } = await start({});
    const page = await get("/status/public");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toBe("<p>all good</p>");
    expect(await (await get("/status/public/summary.json")).json()).toEqual({ status: "operational" });
    expect(await (await get("/status/public/rss.xml")).text()).toBe("<rss/>");
    expect(await (await get("/status/public/atom.xml")).text()).toBe("<feed/>");
    expect(reachedNext).toEqual([]);
  });

  it("sends gzip only to clients that take it, 304 to clients that have it, no body for HEAD", async () => {
    const { get } = await start({});
    const plain = await fetch(`${(await get("/status/public")).url}`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    // fetch() inflates gzip itself; a raw request shows what was sent.
    const raw = await rawGet(server!, "/status/public", { "accept-encoding": "br, gzip;q=0.8" });
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(raw.body).toString()).toBe("<p>all good</p>");
    const refused = await rawGet(server!, "/status/public", { "accept-encoding": "gzip;q=0" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    const etag = PREBUILT.responses.html.headers.etag!;
    expect((await get("/status/public", { "if-none-match": `W/${etag}` })).status).toBe(304);
    const head = await get("/status/public", { "accept-encoding": "identity" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String("<p>all good</p>".length));
    expect(await head.text()).toBe("");
    expect((await get("/status/public", { "x-forwarded-proto": "https" })).headers.get("strict-transport-security")).toContain("max-age=");
    expect((await get("/status/public")).headers.get("strict-transport-security")).toBeNull();
  });

  it("hands everything else, form posts, links and the first request before a build to Next", async () => {
    const { get, reachedNext } = await start({ prebuilt: () => undefined });
    await get("/incidents?severity=SEV1");
    await get("/status/public/summary.json");
    await get("/status/public/confirm?token=abc");
    await get("/status/public/subscribe", {}, "POST");
    expect(reachedNext).toEqual(["/incidents?severity=SEV1", "/status/public/summary.json", "/status/public/confirm?token=abc", "/status/public/subscribe"]);
  });

  it("serves the page at a configured path and closes the default one", async () => {
    const { get, reachedNext } = await start({ location: "/service-status" });
    expect(await (await get("/service-status/")).text()).toBe("<p>all good</p>");
    expect(await (await get("/service-status/unsubscribe?token=t")).text()).toBe("next:/status/public/unsubscribe?token=t");
    expect((await get("/status/public")).status).toBe(404);
    expect((await get("/status/public/rss.xml")).status).toBe(404);
    expect(reachedNext).toEqual(["/status/public/unsubscribe?token=t"]);
  });

  it("gives a host of its own the page at its root and nothing else of Cordon", async () => {
    const { get, reachedNext } = await start({ location: "https://status.example.com/" });
    // fetch() will not set Host; node:http will.
    const onStatusHost = async (path: string, method = "GET") => {
      const answer = await rawRequest(server!, path, { host: "status.example.com:443" }, method);
      return { status: answer.status, text: answer.body.toString() };
    };
    expect(await onStatusHost("/")).toEqual({ status: 200, text: "<p>all good</p>" });
    expect(await onStatusHost("/rss.xml")).toEqual({ status: 200, text: "<rss/>" });
    expect(await onStatusHost("/subscribe", "POST")).toEqual({ status: 200, text: "next:/status/public/subscribe" });
    expect((await onStatusHost("/incidents")).status).toBe(404);
    expect((await onStatusHost("/api/v1/incidents")).status).toBe(404);
    // On Cordon's own host the app is as before, and the page is not there.
    expect(await (await get("/incidents")).text()).toBe("next:/incidents");
    expect((await get("/status/public")).status).toBe(404);
    expect(reachedNext).toEqual(["/status/public/subscribe", "/incidents"]);
  });

  it("hands alert ingestion straight to the app's handler, body and headers intact, once the app has published it", async () => {
    const received: { sourceId: string; authorization: string | null; body: string }[] = [];
    const published: { handler?: IngestHandler } = {};
    const { reachedNext } = await start({ ingest: () => published.handler });
    const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
    const post = (path: string) => fetch(`${base}${path}`, { method: "POST", headers: { authorization: "Bearer t0k", "content-type": "application/json" }, body: '{"rule":"shell"}' });

    // Before the app has started, Next's route answers.
    expect(await (await post("/api/v1/ingest/src-1")).text()).toBe("next:/api/v1/ingest/src-1");
    published.handler = async (sourceId, request) => {
      received.push({ sourceId, authorization: request.headers.get("authorization"), body: await request.text() });
      return Response.json({ accepted: 1 }, { status: 202 });
    };
    const answer = await post("/api/v1/ingest/src-1");
    expect(answer.status).toBe(202);
    expect(await answer.json()).toEqual({ accepted: 1 });
    expect(received).toEqual([{ sourceId: "src-1", authorization: "Bearer t0k", body: '{"rule":"shell"}' }]);
    // Other paths and methods are not ingestion.
    expect(await (await post("/api/v1/ingest/src-1/extra")).text()).toBe("next:/api/v1/ingest/src-1/extra");
    expect(await (await fetch(`${base}/api/v1/ingest/src-1`)).text()).toBe("next:/api/v1/ingest/src-1");
    expect(reachedNext).toEqual(["/api/v1/ingest/src-1", "/api/v1/ingest/src-1/extra", "/api/v1/ingest/src-1"]);
  });

  it("answers 404 for the public page when it is switched off", async () => {
    const { get, reachedNext } = await start({ publicStatusOn: false });
    expect((await get("/status/public")).status).toBe(404);
    expect((await get("/status/public/subscribe", {}, "POST")).status).toBe(404);
    expect(reachedNext).toEqual([]);
  });
});

// fetch() always asks for and inflates gzip; node:http shows the bytes sent.
const rawGet = (target: Server, path: string, headers: Record<string, string>) => rawRequest(target, path, headers, "GET");

async function rawRequest(target: Server, path: string, headers: Record<string, string>, method: string) {
  const { request } = await import("node:http");
  const { port } = target.address() as AddressInfo;
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request({ host: "127.0.0.1", port, path, headers, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}
