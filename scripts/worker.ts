// `npm run worker`: the job worker on its own, for deployments that run web
// nodes with CORDON_WORKER=off.
import { loadDotEnv } from "../lib/db/load-dot-env";

loadDotEnv();
const { startJobWorker } = await import("../lib/worker/start-job-worker");
const { stopBoss } = await import("../lib/jobs/boss");
await startJobWorker();
const stop = async () => {
  await stopBoss();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
