// A stopping web node: accepted requests finish, event streams are cut at
// once, and whatever is still running at the deadline is cut so that its
// handler fails (and cleans up) the way it does for a client that left.
import { once } from "node:events";
import { createServer, request as httpRequest, type ClientRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createRequestDrain } from "./drain-requests";

type Body = { received: number; ended: boolean; failed: boolean };

let closeAll: (() => void) | undefined;
afterEach(() => closeAll?.());

async function startNode(deadlineMs: number) {
  const drain = createRequestDrain({ deadlineMs, cleanupMs: 1_000, isEndless: (request) => request.url === "/stream" });
  const bodies: Body[] = [];
  const server = createServer((request, response) =>
    void drain.track(request, response, async () => {
      if (request.url === "/stream") {
        response.writeHead(200, { "content-type": "text/event-stream" });
        response.write("event: ready\n\n");
        return;
      }
      // An upload: read the whole body, then answer with how much arrived.
      const body: Body = { received: 0, ended: false, failed: false };
      bodies.push(body);
      try {
        for await (const chunk of request) body.received += (chunk as Buffer).length;
        body.ended = true;
        response.end(String(body.received));
      } catch {
        body.failed = true;
      }
    }),
  );
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  closeAll = () => server.closeAllConnections();
  const send = (path: string, method = "POST") => {
    const client = httpRequest({ host: "127.0.0.1", port, path, method, headers: { "transfer-encoding": "chunked" } });
    const answer = new Promise<IncomingMessage | Error>((resolve) => {
      client.on("response", resolve);
      client.on("error", resolve);
    });
    return { client, answer };
  };
  return { drain, server, bodies, send };
}

const until = async (condition: () => boolean, what: string) => {
  await vi.waitFor(() => expect(condition(), what).toBe(true), { timeout: 5_000, interval: 10 });
};

async function bodyOf(answer: Promise<IncomingMessage | Error>): Promise<string> {
  const response = await answer;
  if (response instanceof Error) throw response;
  let text = "";
  for await (const chunk of response) text += String(chunk);
  return text;
}

const writeChunk = (client: ClientRequest, bytes: number) => new Promise<void>((resolve) => client.write(Buffer.alloc(bytes, 1), () => resolve()));

describe("draining a stopping web node", () => {
  it("lets an accepted upload finish and answers it, while new connections are refused", async () => {
    const node = await startNode(10_000);
    const upload = node.send("/upload");
    await writeChunk(upload.client, 64 * 1024);
    await until(() => node.bodies[0]?.received === 64 * 1024, "the first part arrived");

    const drained = node.drain.drain(node.server);
    const refused = node.send("/upload");
    refused.client.end();
    expect(await refused.answer).toBeInstanceOf(Error);

    await writeChunk(upload.client, 64 * 1024);
    upload.client.end();
    expect(await bodyOf(upload.answer)).toBe(String(128 * 1024));
    expect(await drained).toEqual({ finished: 1, cut: 0 });
  });

  it("cuts event streams at once rather than waiting for them", async () => {
    const node = await startNode(10_000);
    const stream = node.send("/stream", "GET");
    stream.client.end();
    const response = await stream.answer;
    expect(response).not.toBeInstanceOf(Error);
    const incoming = response as IncomingMessage;
    // The stream breaks off: "aborted", then closed.
    incoming.on("error", () => undefined);
    const ended = new Promise((resolve) => incoming.on("close", resolve));
    expect(await node.drain.drain(node.server)).toEqual({ finished: 0, cut: 0 });
    await ended;
  });

  it("cuts an upload still running at the deadline, so its handler fails instead of hanging", async () => {
    const node = await startNode(200);
    const upload = node.send("/upload");
    await writeChunk(upload.client, 1024);
    await until(() => node.bodies[0]?.received === 1024, "the first part arrived");
    // The client never sends the rest.
    expect(await node.drain.drain(node.server)).toEqual({ finished: 0, cut: 1 });
    expect(node.bodies[0]).toMatchObject({ ended: false, failed: true });
    expect(await upload.answer).toBeInstanceOf(Error);
  });
});
