import type { IncomingMessage, Server, ServerResponse } from "node:http";

// A web node told to stop (SIGTERM: a rolling restart, a scale-down)
// finishes what it accepted before it exits: an evidence upload under way
// completes and is recorded. Event streams never finish on their own, so
// they are cut at once; their browsers reconnect to another node. A request
// still running at the deadline has its connection cut, so it fails the way
// a client that went away fails (an upload keeps nothing), and the node
// waits a little for those handlers to clean up before it exits.
//
// No imports from the app: bundled with the front door (scripts/serve.ts).

export type DrainOptions = {
  /** How long accepted requests may take to finish (the pod's grace period minus its preStop wait). */
  deadlineMs: number;
  /** How long cut requests get to clean up after themselves. */
  cleanupMs: number;
  /** Requests that never end by themselves (event streams). */
  isEndless: (request: IncomingMessage) => boolean;
};

export type DrainOutcome = { finished: number; cut: number };

type Handling = { request: IncomingMessage; response: ServerResponse; done: Promise<void> };

export function createRequestDrain(options: DrainOptions) {
  const handling = new Set<Handling>();
  let draining = false;

  /** Runs a request's handler, keeping track of it until it has returned and its response has closed. */
  function track(request: IncomingMessage, response: ServerResponse, handle: () => Promise<void>): Promise<void> {
    // A request on a kept-alive connection after the stop began: answered, and the client told to go elsewhere next.
    if (draining && !response.headersSent) response.setHeader("connection", "close");
    const closed = new Promise<void>((resolve) => response.once("close", () => resolve()));
    const handled = handle();
    const entry: Handling = { request, response, done: Promise.allSettled([handled, closed]).then(() => undefined) };
    handling.add(entry);
    void entry.done.then(() => handling.delete(entry));
    if (draining && options.isEndless(request)) cut([entry]);
    return handled;
  }

  const cut = (entries: Handling[]) => entries.forEach(({ request, response }) => (response.socket ?? request.socket).destroy());
  const finite = () => [...handling].filter((entry) => !options.isEndless(entry.request));

  /** Waits until no finite request is being handled, or until `at`; says whether none is. */
  async function idleBy(at: number): Promise<boolean> {
    for (let running = finite(); running.length > 0; running = finite()) {
      const left = at - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, left);
      });
      await Promise.race([Promise.all(running.map((entry) => entry.done)), timeout]);
      clearTimeout(timer);
    }
    return true;
  }

  /** Stops taking requests, lets the accepted ones finish until the deadline, then cuts the rest. */
  async function drain(server: Server): Promise<DrainOutcome> {
    draining = true;
    server.close();
    server.closeIdleConnections();
    cut([...handling].filter((entry) => options.isEndless(entry.request)));
    const accepted = finite().length;
    if (await idleBy(Date.now() + options.deadlineMs)) return { finished: accepted, cut: 0 };
    const late = finite();
    cut(late);
    await idleBy(Date.now() + options.cleanupMs);
    return { finished: Math.max(0, accepted - late.length), cut: late.length };
  }

  return { track, drain };
}
