import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseAlertPayload } from "@/lib/rules/alerts/parse-alert-payload";
import { alertmanagerNotification } from "@/test/fixtures/alerts/alertmanager";
import { falcoShellEvent } from "@/test/fixtures/alerts/falco";
import { routeAlertGroupsQueue } from "./job-queues";
import { storeSubmissions } from "./store-alert-batch";
import { makeSource, postAlert } from "./testing/alert-fixtures";

const countsOf = async (sourceId: string) =>
  Object.fromEntries((await db.alertGroup.findMany({ where: { sourceId }, select: { pod: true, count: true } })).map((group) => [group.pod, group.count]));

const tallied = async (sourceId: string) =>
  (await db.alertArrivalTally.aggregate({ where: { sourceId }, _sum: { events: true, newAlerts: true } }))._sum;

describe("alert requests sharing a write", () => {
  it("counts every event of a parallel flood over two sources once, and reports each new group to exactly one request", async () => {
    const first = await makeSource("falco");
    const second = await makeSource("falco");
    const sent = Array.from({ length: 240 }, (_, index) => ({ source: index % 2 === 0 ? first : second, pod: `flood-${index % 6}` }));
    const responses = await Promise.all(sent.map(({ source, pod }) => postAlert(source.source.id, source.token, falcoShellEvent({ pod }))));
    expect(responses.map((response) => response.status)).toEqual(Array(240).fill(202));
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as { accepted: number; newGroups: number }[];
    expect(bodies.every((body) => body.accepted === 1)).toBe(true);
    // Pods 0, 2, 4 went to the first source, 1, 3, 5 to the second: 40 each.
    expect(await countsOf(first.source.id)).toEqual({ "flood-0": 40, "flood-2": 40, "flood-4": 40 });
    expect(await countsOf(second.source.id)).toEqual({ "flood-1": 40, "flood-3": 40, "flood-5": 40 });
    expect(bodies.reduce((sum, body) => sum + body.newGroups, 0)).toBe(6);
    expect(await tallied(first.source.id)).toEqual({ events: 120, newAlerts: 3 });
    expect(await tallied(second.source.id)).toEqual({ events: 120, newAlerts: 3 });
  });

  it("stores a one-sender flood in single statements: exact counts, and every new group queued for routing", async () => {
    const { source, token } = await makeSource("falco");
    const responses = await Promise.all(Array.from({ length: 120 }, (_, index) => postAlert(source.id, token, falcoShellEvent({ pod: `solo-${index % 4}` }))));
    expect(responses.map((response) => response.status)).toEqual(Array(120).fill(202));
    expect(await countsOf(source.id)).toEqual({ "solo-0": 30, "solo-1": 30, "solo-2": 30, "solo-3": 30 });
    expect(await tallied(source.id)).toEqual({ events: 120, newAlerts: 4 });
    const groupIds = (await db.alertGroup.findMany({ where: { sourceId: source.id }, select: { id: true } })).map((group) => group.id).sort();
    // Routing is queued just after the commit (or the group is already routed).
    await expect
      .poll(async () => {
        const queued = await db.$queryRaw<{ id: string }[]>`
          select distinct jsonb_array_elements_text(data->'groupIds') as id from pgboss.job where name = ${routeAlertGroupsQueue.name}`;
        const routed = await db.alertGroup.findMany({ where: { sourceId: source.id, routedAt: { not: null } }, select: { id: true } });
        const known = new Set([...queued.map((row) => row.id), ...routed.map((group) => group.id)]);
        return groupIds.filter((id) => known.has(id));
      })
      .toEqual(groupIds);
  });

  it("keeps a resolution in its place between the firings around it", async () => {
    const { source } = await makeSource("alertmanager");
    const alert = { pod: "ordered", fingerprint: "fp-ordered" };
    const parse = (body: unknown) => ({ sourceId: source.id, alerts: parseAlertPayload("alertmanager", body, null) });
    const results = await storeSubmissions([
      parse(alertmanagerNotification([alert])),
      parse(alertmanagerNotification([alert])),
      parse(alertmanagerNotification([{ ...alert, status: "resolved" }], "resolved")),
      parse(alertmanagerNotification([alert])),
    ]);
    expect(results.map((result) => [result.newGroups, result.resolved])).toEqual([[1, 0], [0, 0], [0, 1], [1, 0]]);
    const groups = await db.alertGroup.findMany({ where: { sourceId: source.id }, orderBy: { firstSeenAt: "asc" }, select: { count: true, state: true } });
    expect(groups).toEqual([{ count: 2, state: "resolved" }, { count: 1, state: "new" }]);
  });
});
