// A job whose worker died (fetched, never finished, lease free) is failed
// for retry at once; a job whose worker is alive (lease held) is left alone.
import { afterAll, describe, expect, it } from "vitest";
import { uniqueWord } from "@/test/helpers/incidents";
import { getBoss, stopBoss } from "./boss";
import { reclaimOrphanedJobs, withJobLease } from "./job-lease";

afterAll(async () => {
  await stopBoss();
});

async function queueWithJob() {
  const boss = await getBoss();
  const name = `test-lease-${uniqueWord()}`;
  await boss.createQueue(name, { name, retryLimit: 2, retryDelay: 0 });
  await boss.send(name, { n: 1 });
  // Fetching marks the job active, as a worker about to run it would.
  const [job] = await boss.fetch(name);
  if (!job) throw new Error("no job fetched");
  return { boss, name, jobId: job.id };
}

describe("job leases", () => {
  it("retries an active job whose worker is gone", async () => {
    const { boss, name, jobId } = await queueWithJob();
    expect(await reclaimOrphanedJobs(boss, [name], 0)).toEqual([jobId]);
    const job = await boss.getJobById(name, jobId);
    expect(job?.state).toBe("retry");
    // And another worker picks it up again.
    const [again] = await boss.fetch(name);
    expect(again?.id).toBe(jobId);
  });

  it("leaves a job alone while its worker holds the lease, and within the grace period", async () => {
    const { boss, name, jobId } = await queueWithJob();
    expect(await reclaimOrphanedJobs(boss, [name], 3600)).toEqual([]);
    let reclaimedMeanwhile: string[] = ["not checked"];
    await withJobLease(jobId, async () => {
      reclaimedMeanwhile = await reclaimOrphanedJobs(boss, [name], 0);
    });
    expect(reclaimedMeanwhile).toEqual([]);
    expect((await boss.getJobById(name, jobId))?.state).toBe("active");
  });
});
