import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

// One LISTEN connection per server process, fanned out to every open
// stream. Writers NOTIFY inside their transaction (lib/incidents/
// record-change.ts), so only committed changes arrive; PostgreSQL delivers
// them to every web node.
const CHANNEL = "incident_changed";
// Changes to the public status page that concern no incident (components,
// maintenance windows).
const PUBLIC_CHANNEL = "public_status_changed";
// Alert groups that appeared, resolved or changed hands: no ids, so nothing
// about an alert (or its restricted incident) travels with it.
const ALERTS_CHANNEL = "alerts_changed";
// "Who is editing which section" of a post-incident review: a heartbeat,
// passed on but never stored (lib/post-mortems/publish-presence.ts).
const PRESENCE_CHANNEL = "post_mortem_presence";
const RECONNECT_MS = 2_000;

type Feed = { emitter: EventEmitter; ready: Promise<void> };
const globalForFeed = globalThis as unknown as { cordonChangeFeed?: Feed };

export function incidentChangeFeed(): Feed {
  globalForFeed.cordonChangeFeed ??= startFeed();
  return globalForFeed.cordonChangeFeed;
}

function startFeed(): Feed {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const ready = connect(emitter);
  return { emitter, ready };
}

async function connect(emitter: EventEmitter): Promise<void> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL });
  client.on("notification", (message) => {
    if (message.channel === CHANNEL && message.payload) emitter.emit("change", message.payload);
    if (message.channel === PUBLIC_CHANNEL) emitter.emit("public");
    if (message.channel === ALERTS_CHANNEL) emitter.emit("alerts");
    if (message.channel === PRESENCE_CHANNEL && message.payload) emitter.emit("presence", message.payload);
  });
  client.on("error", (error) => {
    log.warn({ err: error }, "change feed connection lost; reconnecting");
    // Viewers refetch on reconnect, so a change missed meanwhile is not lost.
    emitter.emit("reconnect");
    setTimeout(() => void connect(emitter).catch(() => {}), RECONNECT_MS).unref();
  });
  await client.connect();
  await client.query(`LISTEN ${CHANNEL}`);
  await client.query(`LISTEN ${PUBLIC_CHANNEL}`);
  await client.query(`LISTEN ${ALERTS_CHANNEL}`);
  await client.query(`LISTEN ${PRESENCE_CHANNEL}`);
}
