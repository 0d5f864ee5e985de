// A webhook consumer of the kind Cordon's users run, on a port of its own:
// it counts every request per webhook-id (the delivery's idempotency key)
// and processes each id once, as the Standard Webhooks spec asks consumers
// to. It can leave the next request unanswered, so the test can kill the
// worker while it waits for the answer.
import { createServer, type ServerResponse } from "node:http";

export type WebhookCounter = {
  url: string;
  /** Requests received per webhook-id, answered or not. */
  received: Map<string, number>;
  /** Ids processed (answered 200) — each once, however often it arrived. */
  processed: string[];
  /** Requests left unanswered so far. */
  held: number;
  holdNext(): void;
  stop(): Promise<void>;
};

export async function startWebhookCounter(port: number): Promise<WebhookCounter> {
  let holdNext = false;
  const unanswered: ServerResponse[] = [];
  const counter: WebhookCounter = {
    url: `http://127.0.0.1:${port}/hook`,
    received: new Map(),
    processed: [],
    held: 0,
    holdNext: () => {
      holdNext = true;
    },
    stop: () =>
      new Promise((done) => {
        unanswered.forEach((response) => response.destroy());
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      const id = String(request.headers["webhook-id"] ?? "");
      counter.received.set(id, (counter.received.get(id) ?? 0) + 1);
      if (holdNext) {
        holdNext = false;
        counter.held += 1;
        unanswered.push(response);
        return;
      }
      if (!counter.processed.includes(id)) counter.processed.push(id);
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((listening) => server.listen(port, "127.0.0.1", () => listening()));
  return counter;
}
