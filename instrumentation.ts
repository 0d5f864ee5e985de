// Runs once when the server starts: the job worker lives in the web server's
// process unless CORDON_WORKER=off (then `npm run worker` runs it apart).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logLinkBase } = await import("./lib/notify/links");
  logLinkBase();
  // Alert floods skip Next's request handling (lib/front-door/ingest-handoff.ts).
  const { publishIngestHandler } = await import("./lib/front-door/ingest-handoff");
  const { ingestResponse } = await import("./lib/alerts/ingest-response");
  publishIngestHandler(ingestResponse);
  if (process.env.CORDON_WORKER === "off") return;
  const { startJobWorker } = await import("./lib/worker/start-job-worker");
  await startJobWorker();
}
