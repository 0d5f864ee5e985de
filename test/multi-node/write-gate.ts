// A pass-through proxy in front of the sandbox cluster that can hold the
// cluster writes of a running action, so the test can kill the worker while
// it is in the middle of one. The held writes are then delivered even
// though their sender is dead: the hardest case for a retry, where the
// cluster applied a write whose answer never reached the worker.
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from "node:http";

export type WriteGate = {
  url: string;
  passedWrites: number;
  heldWrites: number;
  /** Holds every write after the next `count` pass. */
  holdAfter(count: number): void;
  /** Lets writes through again and delivers the held ones; resolves once the cluster has answered them. */
  deliverHeld(): Promise<void>;
  stop(): Promise<void>;
};

export async function startWriteGate(target: string, port: number): Promise<WriteGate> {
  let holding = false;
  let passUntilHolding = Number.POSITIVE_INFINITY;
  let held: (() => Promise<void>)[] = [];
  const gate: WriteGate = {
    url: `http://127.0.0.1:${port}`,
    passedWrites: 0,
    heldWrites: 0,
    holdAfter: (count) => {
      passUntilHolding = gate.passedWrites + count;
    },
    deliverHeld: async () => {
      holding = false;
      passUntilHolding = Number.POSITIVE_INFINITY;
      const waiting = held;
      held = [];
      await Promise.all(waiting.map((send) => send()));
    },
    stop: () => new Promise((done) => server.close(() => done())),
  };
  const pass = (incoming: IncomingMessage, body: Buffer, response: ServerResponse) =>
    new Promise<void>((answered) => {
      const upstream = forward(new URL(incoming.url ?? "/", target), { method: incoming.method, headers: incoming.headers }, (answer) => {
        answer.on("end", () => answered());
        // The sender may be dead: the cluster's answer then goes nowhere.
        if (response.destroyed) {
          answer.resume();
          return;
        }
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      upstream.on("error", () => {
        response.destroy();
        answered();
      });
      upstream.end(body);
    });
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const body = Buffer.concat(chunks);
      const isWrite = incoming.method !== "GET";
      if (isWrite && gate.passedWrites >= passUntilHolding) holding = true;
      if (isWrite && holding) {
        gate.heldWrites += 1;
        held.push(() => pass(incoming, body, response));
        return;
      }
      if (isWrite) gate.passedWrites += 1;
      void pass(incoming, body, response);
    });
  });
  await new Promise<void>((listening) => server.listen(port, "127.0.0.1", () => listening()));
  return gate;
}
