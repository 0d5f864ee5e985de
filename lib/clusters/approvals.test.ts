// Approvals a person can judge: the approver sees the previewed plan, a
// stale preview is refused, rejecting needs a reason, and the requester is
// told either way — against a sandbox cluster started here.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getIncident } from "@/lib/incidents/get-incident";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { makeChannel, makeSeverity, setPolicy } from "@/lib/notify/test-support/fixtures";
import { expectAppError } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { approveClusterAction } from "./approve-cluster-action";
import { getClusterAction } from "./get-cluster-action";
import { listClusterActions } from "./list-cluster-actions";
import { rejectClusterAction } from "./reject-cluster-action";
import { requestClusterAction } from "./request-cluster-action";
import { declareIncidentFor, expectTimelineAudited, quarantineBody, requestAndRun, startFixture, SUSPECT, timelineTypes, writesOf, type Fixture } from "./test-support";

let f: Fixture;
let severity: string;

beforeAll(async () => {
  f = await startFixture();
  const admin = await makeUser("ADMIN");
  // A severity of its own that needs a second approver and tells a channel.
  severity = await makeSeverity({ requiresSecondApprover: true });
  const { channel } = await makeChannel(actorFor(admin), { kind: "WEBHOOK", secrets: { url: "http://127.0.0.1:9/hook" } });
  await setPolicy(actorFor(admin), severity, { channelIds: [channel.id], levels: [{ waitMinutes: 5, targets: [{ type: "role", role: "LEAD" }] }] });
});

afterAll(async () => {
  await f.stop();
});

beforeEach(() => {
  f.sandbox.clearRequests();
});

const isolateBody = { action: "isolate_pod", target: { namespace: SUSPECT.namespace, pod: SUSPECT.name } };

async function previewAndRequest(incidentId: string, body: Record<string, unknown> = isolateBody) {
  const preview = await requestAndRun(f, f.lead, incidentId, { ...body, dryRun: true });
  expect(preview.status).toBe("previewed");
  const waiting = await requestClusterAction(f.lead, actorFor(f.lead), incidentId, { clusterId: f.clusterId, ...body, dryRun: false, reason: "Miner talks to a pool; cut it off" });
  expect(waiting.status).toBe("awaiting_approval");
  return { preview, waiting };
}

const notificationTypes = async (incidentId: string) =>
  (await db.notificationEvent.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" }, select: { type: true, data: true } })).map((event) => ({ type: event.type, decision: (event.data as { decision?: string }).decision }));

describe("the approver sees what they approve", () => {
  it("shows the previewed steps, their dry-run answers, the pods touched, who asked and why", async () => {
    const incidentId = await declareIncidentFor(f.lead, severity);
    const { preview, waiting } = await previewAndRequest(incidentId);
    const seen = await getClusterAction(f.responder, incidentId, waiting.id);
    expect(seen.canApprove).toBe(true);
    expect(seen.reason).toBe("Miner talks to a pool; cut it off");
    expect(seen.requestedBy.label).toBe(waiting.requestedBy.label);
    expect(seen.preview?.id).toBe(preview.id);
    expect(seen.preview?.steps.map((step) => [step.title, step.outcome])).toEqual(preview.steps.map((step) => [step.title, "dry-run"]));
    expect(seen.preview?.steps.length).toBeGreaterThan(0);
    expect(seen.preview?.touches?.pods).toContain(`${SUSPECT.namespace}/${SUSPECT.name}`);
    // The list gives the same, and the incident flags the wait.
    const listed = (await listClusterActions(f.responder, incidentId)).actions.find((action) => action.id === waiting.id);
    expect(listed?.preview?.id).toBe(preview.id);
    expect((await getIncident(f.responder, incidentId)).pendingApprovals).toBe(1);
    const board = await listIncidents(f.responder, { status: "open", limit: 100, severity });
    expect(board.incidents.find((incident) => incident.id === incidentId)?.pendingApprovals).toBe(1);
    // The people who may approve are told through the severity's channels.
    expect(await notificationTypes(incidentId)).toContainEqual({ type: "cluster_action_awaiting_approval", decision: undefined });
  });

  it("refuses to approve a request nobody previewed, and changes nothing", async () => {
    const incidentId = await declareIncidentFor(f.lead, severity);
    const waiting = await requestClusterAction(f.lead, actorFor(f.lead), incidentId, { clusterId: f.clusterId, ...isolateBody });
    const error = await expectAppError(approveClusterAction(f.responder, actorFor(f.responder), incidentId, waiting.id), "CONFLICT", /Nobody has previewed exactly this request/);
    expect(error.details?.fields?.preview).toHaveLength(1);
    expect((await getClusterAction(f.lead, incidentId, waiting.id)).status).toBe("awaiting_approval");
  });

  it("refuses a stale preview when the cluster changed since, then approves after a fresh one", async () => {
    const incidentId = await declareIncidentFor(f.lead, severity);
    const body = quarantineBody(true);
    const { waiting } = await previewAndRequest(incidentId, { action: body.action, target: body.target, options: body.options });
    // A new workload lands on the node: the real run would now move it too.
    const template = f.sandbox.state.podsOnNode("worker-2").find((pod) => pod.metadata.name !== SUSPECT.name)!;
    f.sandbox.state.put({ ...template, metadata: { ...template.metadata, name: "newcomer-5f7c9", uid: undefined, resourceVersion: undefined } } as typeof template);
    f.sandbox.clearRequests();

    await expectAppError(approveClusterAction(f.responder, actorFor(f.responder), incidentId, waiting.id), "CONFLICT", /The cluster changed since the preview \(now also: .*newcomer-5f7c9/);
    expect((await getClusterAction(f.lead, incidentId, waiting.id)).status).toBe("awaiting_approval");
    expect(writesOf(f.sandbox.requests)).toEqual([]);
    expect(await timelineTypes(incidentId)).not.toContain("cluster_action_approved");

    // The approver previews again and judges the new plan.
    const fresh = await requestAndRun(f, f.responder, incidentId, { action: body.action, target: body.target, options: body.options, dryRun: true });
    expect((await getClusterAction(f.responder, incidentId, waiting.id)).preview?.id).toBe(fresh.id);
    const approved = await approveClusterAction(f.responder, actorFor(f.responder), incidentId, waiting.id);
    expect(approved.status).toBe("queued");
    expect(await notificationTypes(incidentId)).toContainEqual({ type: "cluster_action_decided", decision: "approved" });
  });
});

describe("rejecting", () => {
  it("needs a reason, refuses the requester, and tells the requester", async () => {
    const incidentId = await declareIncidentFor(f.lead, severity);
    const { waiting } = await previewAndRequest(incidentId);

    const missing = await expectAppError(rejectClusterAction(f.responder, actorFor(f.responder), incidentId, waiting.id, { reason: "  " }), "BAD_REQUEST", /Say why you reject it/);
    expect(missing.details?.fields?.reason).toBeDefined();
    await expectAppError(rejectClusterAction(f.responder, actorFor(f.responder), incidentId, waiting.id, {} as never), "BAD_REQUEST", /Say why you reject it/);
    await expectAppError(rejectClusterAction(f.lead, actorFor(f.lead), incidentId, waiting.id, { reason: "My own" }), "FORBIDDEN", /a different person must reject/);
    expect((await getClusterAction(f.lead, incidentId, waiting.id)).status).toBe("awaiting_approval");

    const rejected = await rejectClusterAction(f.responder, actorFor(f.responder), incidentId, waiting.id, { reason: "Isolate the whole node instead" });
    expect(rejected).toMatchObject({ status: "rejected", rejection: { by: f.responder.name, reason: "Isolate the whole node instead" } });
    const seenByRequester = await getClusterAction(f.lead, incidentId, waiting.id);
    expect(seenByRequester.rejection?.reason).toBe("Isolate the whole node instead");
    await expectAppError(approveClusterAction(f.responder, actorFor(f.responder), incidentId, waiting.id), "CONFLICT", /not waiting for approval \(it is rejected\)/);
    expect(await timelineTypes(incidentId)).toContain("cluster_action_rejected");
    expect(await notificationTypes(incidentId)).toContainEqual({ type: "cluster_action_decided", decision: "rejected" });
    expect((await getIncident(f.lead, incidentId)).pendingApprovals).toBe(0);
    expect(writesOf(f.sandbox.requests).filter((request) => !("dryRun" in request.query))).toEqual([]);
    await expectTimelineAudited(incidentId);

    // Asked again, it waits again with the same preview.
    const again = await requestClusterAction(f.lead, actorFor(f.lead), incidentId, { clusterId: f.clusterId, ...isolateBody, reason: "Node is shared; pod only" });
    expect((await getClusterAction(f.responder, incidentId, again.id)).preview).not.toBeNull();
  });
});
