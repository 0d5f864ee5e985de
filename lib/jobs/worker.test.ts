// The worker runs a job's queue in as many slots as the job asks for, and
// each queue apart: a queue whose slots are all busy does not hold up
// another's jobs. (Queue names are unique to this file: test files share
// one database.)
import { afterAll, describe, expect, it } from "vitest";
import { uniqueWord } from "@/test/helpers/incidents";
import { stopBoss } from "./boss";
import { enqueue } from "./enqueue";
import { defineJob } from "./job-definition";
import { defineQueue } from "./job-queue";
import { startWorker } from "./worker";

afterAll(async () => {
  await stopBoss();
});

function signal() {
  let fire = () => {};
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fire, fired };
}

describe("startWorker", () => {
  it("runs up to `workers` jobs of one queue at once, and another queue's job meanwhile", async () => {
    const busy = defineQueue<{ n: number }>(`test-slots-${uniqueWord()}`, { retryLimit: 0 });
    const other = defineQueue<object>(`test-other-${uniqueWord()}`, { retryLimit: 0 });
    const started: number[] = [];
    const bothStarted = signal();
    const release = signal();
    const otherRan = signal();
    await startWorker([
      defineJob(busy, {
        workers: 2,
        handle: async ({ n }) => {
          started.push(n);
          if (started.length === 2) bothStarted.fire();
          await release.fired;
        },
      }),
      defineJob(other, { handle: async () => otherRan.fire() }),
    ]);

    await enqueue(busy, { n: 1 });
    await enqueue(busy, { n: 2 });
    await enqueue(other, {});
    // Both slots of the busy queue are taken, and the other queue still runs.
    await Promise.all([bothStarted.fired, otherRan.fired]);
    expect(started.sort()).toEqual([1, 2]);
    release.fire();
  });
});
