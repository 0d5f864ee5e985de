import "server-only";
import { defineJob, type AnyJobDefinition } from "@/lib/jobs/job-definition";
import { deliverUpdateQueue, fanOutUpdateQueue } from "./job-names";

// Handlers import their code when first run: mail and webhook clients stay
// out of an idle server.
const fanOut = defineJob(fanOutUpdateQueue, {
  async handle({ updateId }) {
    const { fanOutUpdate } = await import("./notify-subscribers");
    await fanOutUpdate(updateId);
  },
});

const deliver = defineJob(deliverUpdateQueue, {
  async handle({ updateId, subscriberId }) {
    const { deliverUpdateToSubscriber } = await import("./notify-subscribers");
    await deliverUpdateToSubscriber(updateId, subscriberId);
  },
});

// Background jobs of this domain (collected by lib/worker/start-job-worker.ts).
export const publicStatusJobs: AnyJobDefinition[] = [fanOut, deliver];
