// `npm run worker`: the job worker on its own, for deployments that run web
// nodes with CORDON_WORKER=off.
import { loadDotEnv } from "../lib/db/load-dot-env";

loadDotEnv();
// /api/health on web nodes says "web"; this process is the worker.
process.env.CORDON_PROCESS = "worker";
const { refuseUnsafeScaleOut } = await import("../lib/deploy/check-start-config");
refuseUnsafeScaleOut("worker");
// Run apart, the worker does not know where the web server listens: links
// in its messages use CORDON_PUBLIC_URL, else PORT and HOST (default
// 127.0.0.1:3000, like `npm start`), and it says which.
const { logLinkBase } = await import("../lib/notify/links");
logLinkBase();
const { startJobWorker } = await import("../lib/worker/start-job-worker");
const { stopBoss } = await import("../lib/jobs/boss");
await startJobWorker();
const stop = async () => {
  await stopBoss();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
