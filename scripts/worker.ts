// `npm run worker`: the job worker on its own, for deployments that run web
// nodes with CORDON_WORKER=off.
import { loadDotEnv } from "../lib/db/load-dot-env";

loadDotEnv();
const { startWorker } = await import("../lib/jobs/worker");
const { stopBoss } = await import("../lib/jobs/boss");
await startWorker();
const stop = async () => {
  await stopBoss();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
