// Two callers that need the same queue at the same moment (two requests
// enqueueing their first job after a start) create it once and both go on.
import type PgBoss from "pg-boss";
import { afterAll, describe, expect, it } from "vitest";
import { uniqueWord } from "@/test/helpers/incidents";
import { getBoss, stopBoss } from "./boss";
import { defineQueue } from "./job-queue";
import { ensureQueue } from "./queues";

afterAll(async () => {
  await stopBoss();
});

describe("ensureQueue", () => {
  it("creates a queue once when many callers ask for it at the same time", async () => {
    const boss = await getBoss();
    const created: string[] = [];
    // The real queue store, watched: which creations were asked for.
    const watched = new Proxy(boss, {
      get(target, key, receiver) {
        if (key === "createQueue") {
          return (name: string, options: PgBoss.Queue) => {
            created.push(name);
            return target.createQueue(name, options);
          };
        }
        const value = Reflect.get(target, key, receiver) as unknown;
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const queue = defineQueue<object>(`test-race-${uniqueWord()}`, { retryLimit: 0 });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => ensureQueue(watched, queue)));
    expect(results.map((result) => result.status)).toEqual(Array(8).fill("fulfilled"));
    expect(created).toEqual([queue.name]);
    expect(await boss.getQueue(queue.name)).toMatchObject({ name: queue.name, retryLimit: 0 });
  });

  it("tries again after a failed creation instead of remembering the failure", async () => {
    const boss = await getBoss();
    let failNext = true;
    const flaky = new Proxy(boss, {
      get(target, key, receiver) {
        if (key === "getQueue" && failNext) {
          return () => {
            failNext = false;
            return Promise.reject(new Error("connection reset"));
          };
        }
        const value = Reflect.get(target, key, receiver) as unknown;
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const queue = defineQueue<object>(`test-retry-${uniqueWord()}`, { retryLimit: 0 });
    await expect(ensureQueue(flaky, queue)).rejects.toThrow("connection reset");
    await expect(ensureQueue(flaky, queue)).resolves.toBeUndefined();
    expect(await boss.getQueue(queue.name)).toMatchObject({ name: queue.name });
  });
});
