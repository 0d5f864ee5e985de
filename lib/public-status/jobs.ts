import "server-only";
import { defineJob, type JobDefinition } from "@/lib/jobs/job-definition";
import { DELIVER_JOB, FAN_OUT_JOB } from "./job-names";

// Handlers import their code when first run: mail and webhook clients stay
// out of an idle server.
const fanOut = defineJob<{ updateId: string }>({
  name: FAN_OUT_JOB,
  async handle({ updateId }) {
    const { fanOutUpdate } = await import("./notify-subscribers");
    await fanOutUpdate(updateId);
  },
});

const deliver = defineJob<{ updateId: string; subscriberId: string }>({
  name: DELIVER_JOB,
  retryLimit: 8,
  async handle({ updateId, subscriberId }) {
    const { deliverUpdateToSubscriber } = await import("./notify-subscribers");
    await deliverUpdateToSubscriber(updateId, subscriberId);
  },
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const publicStatusJobs: JobDefinition<any>[] = [fanOut, deliver];
