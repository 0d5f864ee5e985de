// A cluster action whose job fails for good does not stay "running": pg-boss
// moves the spent job to the dead-letter queue, and its handler marks the
// action failed with the last error, on the timeline and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { actorFor } from "@/test/helpers/users";
import { getClusterAction } from "./get-cluster-action";
import { CLUSTER_ACTION_GIVEN_UP_JOB, CLUSTER_ACTION_JOB } from "./job-names";
import { clusterJobs } from "./jobs";
import { requestClusterAction } from "./request-cluster-action";
import { declareIncidentFor, expectTimelineAudited, jobsFor, quarantineBody, startFixture, type Fixture } from "./test-support";

let f: Fixture;

beforeAll(async () => {
  f = await startFixture();
});

afterAll(async () => {
  await f.stop();
});

const giveUpHandler = clusterJobs.find((job) => job.name === CLUSTER_ACTION_GIVEN_UP_JOB)!;

/** Fails the action's queued job through pg-boss, as its last allowed attempt. */
async function failLastAttempt(actionId: string, error: Error) {
  const boss = await getBoss();
  // As after five failed attempts: the next failure is the last one allowed.
  const [job] = await db.$queryRaw<{ id: string }[]>`update pgboss.job set retry_count = retry_limit where name = ${CLUSTER_ACTION_JOB} and data->>'actionId' = ${actionId} returning id::text`;
  expect(job).toBeDefined();
  await boss.fail(CLUSTER_ACTION_JOB, job!.id, error);
}

/** The job pg-boss put in the dead-letter queue for the action, as a worker would receive it. */
async function givenUpJob(actionId: string) {
  const [job] = await db.$queryRaw<{ id: string; data: object; output: unknown }[]>`select id::text, data, output from pgboss.job where name = ${CLUSTER_ACTION_GIVEN_UP_JOB} and data->>'actionId' = ${actionId}`;
  return job;
}

describe("a cluster action whose job runs out of retries", () => {
  it("is marked failed with the last error instead of staying running", async () => {
    const incidentId = await declareIncidentFor(f.lead);
    const requested = await requestClusterAction(f.lead, actorFor(f.lead), incidentId, { clusterId: f.clusterId, ...quarantineBody() });
    // The action had started when its worker kept crashing.
    await db.clusterAction.update({ where: { id: requested.id }, data: { status: "RUNNING", startedAt: new Date() } });

    await failLastAttempt(requested.id, new Error("Connection terminated unexpectedly"));
    expect((await jobsFor(requested.id)).map((j) => j.name).sort()).toEqual([CLUSTER_ACTION_JOB, CLUSTER_ACTION_GIVEN_UP_JOB]);
    const deadLetter = await givenUpJob(requested.id);
    expect(deadLetter).toMatchObject({ data: { actionId: requested.id }, output: expect.objectContaining({ message: "Connection terminated unexpectedly" }) });

    await giveUpHandler.handle(deadLetter!.data, { jobId: deadLetter!.id, output: deadLetter!.output });
    const action = await getClusterAction(f.lead, incidentId, requested.id);
    expect(action).toMatchObject({
      status: "failed",
      error: "Cordon gave up on this action after 6 attempts (last error: Connection terminated unexpectedly). Any steps shown were applied; check the cluster's state before requesting the action again.",
    });
    const finished = await db.timelineEvent.findMany({ where: { incidentId, type: "cluster_action_finished" }, select: { data: true } });
    expect(finished).toEqual([{ data: expect.objectContaining({ actionId: requested.id, status: "failed", error: expect.stringContaining("gave up") }) }]);
    await expectTimelineAudited(incidentId);

    // Delivered twice (the dead-letter job retried): nothing more happens.
    await giveUpHandler.handle(deadLetter!.data, { jobId: deadLetter!.id, output: deadLetter!.output });
    expect(await db.timelineEvent.count({ where: { incidentId, type: "cluster_action_finished" } })).toBe(1);
  });

  it("says so when the last attempt timed out, and leaves a finished action alone", async () => {
    const incidentId = await declareIncidentFor(f.lead);
    const requested = await requestClusterAction(f.lead, actorFor(f.lead), incidentId, { clusterId: f.clusterId, ...quarantineBody() });
    await giveUpHandler.handle({ actionId: requested.id }, { jobId: "timeout", output: { value: { message: "job failed by timeout in active state" } } });
    expect(await getClusterAction(f.lead, incidentId, requested.id)).toMatchObject({ status: "failed", error: expect.stringContaining("(last error: job failed by timeout in active state)") });

    const done = await requestClusterAction(f.lead, actorFor(f.lead), incidentId, { clusterId: f.clusterId, ...quarantineBody(false, true) });
    await db.clusterAction.update({ where: { id: done.id }, data: { status: "PREVIEWED", finishedAt: new Date() } });
    await giveUpHandler.handle({ actionId: done.id }, { jobId: "late", output: { message: "late" } });
    expect(await getClusterAction(f.lead, incidentId, done.id)).toMatchObject({ status: "previewed", error: null });
  });
});
