// Enqueueing a job must not depend on the list of every job: the list
// imports each domain's handlers, and the handlers enqueue. When it did, some
// twenty files formed one import circle through lib/jobs.
import { describe, expect, it } from "vitest";
import { importCycles, importGraph, reachableFrom } from "@/test/helpers/import-graph";

const WORKER_ENTRY = "lib/worker/start-job-worker.ts";
const graph = importGraph([WORKER_ENTRY, "lib/jobs/enqueue.ts"]);

describe("the job modules' imports", () => {
  it("reach every domain's jobs from the worker entry", () => {
    const jobs = [...reachableFrom(graph, WORKER_ENTRY)].filter((file) => file.endsWith("/jobs.ts"));
    expect(jobs.sort()).toEqual(["lib/alerts/jobs.ts", "lib/clusters/jobs.ts", "lib/drills/jobs.ts", "lib/evidence/jobs.ts", "lib/insights/jobs.ts", "lib/notify/jobs.ts", "lib/post-mortems/action-items/jobs.ts", "lib/public-status/jobs.ts", "lib/readiness/jobs.ts", "lib/regulatory/jobs.ts"]);
  });

  it("keep lib/jobs free of the domains and of the worker entry", () => {
    const fromQueue = [...graph.keys()].filter((file) => file.startsWith("lib/jobs/")).flatMap((file) => [...reachableFrom(graph, file)]);
    // The database client, configuration and logger (and what they import); nothing of any domain.
    const infrastructure = new Set(["lib/db.ts", "lib/env.ts", "lib/log.ts"].flatMap((file) => [file, ...reachableFrom(graph, file)]));
    const outside = [...new Set(fromQueue)].filter((file) => !file.startsWith("lib/jobs/") && !infrastructure.has(file));
    expect(outside).toEqual([]);
    expect(infrastructure.has(WORKER_ENTRY)).toBe(false);
    expect([...infrastructure].filter((file) => file.endsWith("/jobs.ts"))).toEqual([]);
  });

  it("form no import cycle through the queue, a domain's jobs or the worker entry", () => {
    const touchesJobs = (cycle: string[]) => cycle.some((file) => file.startsWith("lib/jobs/") || file.endsWith("/jobs.ts") || file === WORKER_ENTRY);
    expect(importCycles(graph).filter(touchesJobs)).toEqual([]);
  });
});
