// The production web server: Next behind Cordon's front door
// (lib/front-door), which answers the public status page from memory and
// maps its configured location. Bundled by `npm run build` into
// .next/cordon/serve.mjs and started by `npm start` (scripts/lib/server-process.ts)
// with the environment already validated by the app.
//
//   node .next/cordon/serve.mjs --port 3000 --hostname 127.0.0.1
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { refuseUnsafeScaleOut } from "../lib/deploy/check-start-config";
import { createRequestDrain } from "../lib/front-door/drain-requests";
import { createFrontDoor } from "../lib/front-door/front-door";
import { currentIngestHandler } from "../lib/front-door/ingest-handoff";
import { currentPrebuiltPublicStatus } from "../lib/public-status/prebuilt-responses";
import { parsePublicLocation, PublicLocationError } from "../lib/public-status/public-location";

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "127.0.0.1";
// The app reads where it serves from these (lib/env.ts): links in messages
// point here unless CORDON_PUBLIC_URL says otherwise.
process.env.PORT = String(port);
process.env.HOST = hostname;

// Before anything loads: a node unsafe among several stops here, saying why.
refuseUnsafeScaleOut("web");

// The front door runs before Next (and its validated environment) loads, so
// it checks the one setting it reads itself.
let location;
try {
  location = parsePublicLocation(process.env.CORDON_PUBLIC_STATUS_URL);
} catch (error) {
  if (!(error instanceof PublicLocationError)) throw error;
  console.error(`Cordon cannot start: invalid environment\n  - CORDON_PUBLIC_STATUS_URL: ${error.message}`);
  process.exit(1);
}

// How long a stopping node lets accepted requests (uploads) finish: inside
// Kubernetes' grace period (30 s) after the preStop wait (5 s).
const drainSeconds = Number(process.env.CORDON_DRAIN_SECONDS ?? 20);
if (!Number.isInteger(drainSeconds) || drainSeconds < 0) {
  console.error(`Cordon cannot start: invalid environment\n  - CORDON_DRAIN_SECONDS: a whole number of seconds, e.g. 20 (got "${process.env.CORDON_DRAIN_SECONDS}")`);
  process.exit(1);
}

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
// Next logs an uncaught exception (the bare error) and keeps serving. Say
// plainly what it is, so that it is noticed: the e2e suite fails on this
// line (scripts/lib/server-output.ts).
process.prependListener("uncaughtException", (error) => {
  console.error(`Uncaught exception in the web server: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
});

const frontDoor = createFrontDoor({
  location,
  publicStatusOn: process.env.CORDON_PUBLIC_STATUS !== "off",
  next: (request, response) => handle(request, response),
  prebuilt: currentPrebuiltPublicStatus,
  ingest: currentIngestHandler,
  onError: (error) => console.error("request failed in the front door", error),
});
const requests = createRequestDrain({
  deadlineMs: drainSeconds * 1000,
  cleanupMs: 5_000,
  isEndless: (request) => request.url?.split("?")[0] === "/api/v1/stream" || (request.headers.accept ?? "").includes("text/event-stream"),
});
const server = createServer((request, response) => void requests.track(request, response, () => frontDoor(request, response)));
// Longer than common proxies' idle timeouts (60 s), so a proxy never reuses a
// connection the server has just closed.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`Cordon listening on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`));

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void requests.drain(server).then(({ finished, cut }) => {
    if (cut > 0) console.error(`Cordon stopped: ${finished} request(s) finished, ${cut} still running after ${drainSeconds} s were cut off (CORDON_DRAIN_SECONDS)`);
    process.exit(0);
  });
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
