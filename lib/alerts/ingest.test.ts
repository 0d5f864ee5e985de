import { describe, expect, it } from "vitest";
import { GET as listSourcesRoute, POST as createSourceRoute } from "@/app/api/v1/alert-sources/route";
import { POST as rotateRoute } from "@/app/api/v1/alert-sources/[id]/token/route";
import { db } from "@/lib/db";
import { hashCanonicalJson } from "@/lib/evidence/canonical-json";
import { bearerFor, routeContext } from "@/lib/evidence/testing/evidence-fixtures";
import { alertmanagerNotification } from "@/test/fixtures/alerts/alertmanager";
import { falcoShellEvent } from "@/test/fixtures/alerts/falco";
import { uniqueWord } from "@/test/helpers/incidents";
import { makeUser } from "@/test/helpers/users";
import { MAX_SAMPLES_PER_GROUP } from "./store-alerts";
import { makeSource, postAlert } from "./testing/alert-fixtures";

const groupsOf = (sourceId: string) =>
  db.alertGroup.findMany({ where: { sourceId }, orderBy: { firstSeenAt: "asc" }, select: { id: true, fingerprint: true, count: true, state: true, resolvedAt: true, namespace: true, pod: true, priority: true } });

async function detail(response: Response) {
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  return ((await response.json()) as { detail: string }).detail;
}

describe("alert sources", () => {
  it("are registered by admins only, show the token once and store only its hash", async () => {
    const admin = await makeUser("ADMIN");
    const lead = await makeUser("LEAD");
    const body = JSON.stringify({ kind: "falco", name: `falco ${uniqueWord()}` });
    const post = async (headers: Record<string, string>) =>
      createSourceRoute(new Request("http://cordon.test/api/v1/alert-sources", { method: "POST", headers: { ...headers, "content-type": "application/json" }, body }));
    expect((await post(await bearerFor(lead))).status).toBe(403);
    const response = await post(await bearerFor(admin));
    expect(response.status).toBe(201);
    const created = (await response.json()) as { source: { id: string; kind: string; name: string }; ingestUrl: string; token: string };
    expect(created.source.kind).toBe("falco");
    expect(created.ingestUrl).toMatch(new RegExp(`/api/v1/ingest/${created.source.id}$`));
    expect(created.token).toMatch(/^cdn_ingest_/);
    const listed = await listSourcesRoute(new Request("http://cordon.test/api/v1/alert-sources", { headers: await bearerFor(admin) }));
    const text = await listed.text();
    expect(text).toContain(created.source.id);
    expect(text).not.toContain(created.token);

    expect((await postAlert(created.source.id, created.token, falcoShellEvent())).status).toBe(202);
    const rotated = await rotateRoute(new Request(`http://cordon.test/api/v1/alert-sources/${created.source.id}/token`, { method: "POST", headers: await bearerFor(admin) }), routeContext({ id: created.source.id }));
    const { token } = (await rotated.json()) as { token: string };
    expect(token).not.toBe(created.token);
    expect((await postAlert(created.source.id, created.token, falcoShellEvent())).status).toBe(401);
    expect((await postAlert(created.source.id, token, falcoShellEvent())).status).toBe(202);
  });

  it("refuse a generic source without a mapping", async () => {
    const admin = await makeUser("ADMIN");
    const response = await createSourceRoute(
      new Request("http://cordon.test/api/v1/alert-sources", { method: "POST", headers: { ...(await bearerFor(admin)), "content-type": "application/json" }, body: JSON.stringify({ kind: "generic", name: uniqueWord() }) }),
    );
    expect(response.status).toBe(400);
    expect(await detail(response)).toMatch(/needs a mapping/);
  });
});

describe("ingestion", () => {
  it("counts 50 parallel repeats of one alert into one group with count 50", async () => {
    const { source, token } = await makeSource("falco");
    const responses = await Promise.all(Array.from({ length: 50 }, () => postAlert(source.id, token, falcoShellEvent())));
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(202));
    const groups = await groupsOf(source.id);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ count: 50, state: "new", namespace: "payments", pod: "checkout-7d9f8b6c5-x2x4q", priority: "critical" });
    // The first payloads are kept as samples, hashed; the rest only count.
    const samples = await db.alertSample.findMany({ where: { groupId: groups[0]!.id }, select: { payload: true, sha256: true } });
    expect(samples).toHaveLength(MAX_SAMPLES_PER_GROUP);
    expect(samples[0]!.sha256).toBe(hashCanonicalJson(falcoShellEvent()).sha256);
  });

  it("keeps different pods apart", async () => {
    const { source, token } = await makeSource("falco");
    await postAlert(source.id, token, falcoShellEvent({ pod: "a" }));
    await postAlert(source.id, token, falcoShellEvent({ pod: "b" }));
    await postAlert(source.id, token, falcoShellEvent({ pod: "a" }));
    expect((await groupsOf(source.id)).map((group) => [group.pod, group.count])).toEqual([["a", 2], ["b", 1]]);
  });

  it("takes an Alertmanager batch of 1,000 alerts in one request, and resolves them", async () => {
    const { source, token } = await makeSource("alertmanager");
    const alerts = Array.from({ length: 1000 }, (_, index) => ({ pod: `pod-${index}`, fingerprint: `fp${index.toString(16).padStart(8, "0")}` }));
    const firing = await postAlert(source.id, token, alertmanagerNotification(alerts));
    expect(firing.status).toBe(202);
    expect(await firing.json()).toMatchObject({ accepted: 1000, groups: 1000, newGroups: 1000, resolved: 0 });
    expect(await db.alertGroup.count({ where: { sourceId: source.id, resolvedAt: null } })).toBe(1000);

    const resolved = await postAlert(source.id, token, alertmanagerNotification(alerts.slice(0, 10).map((alert) => ({ ...alert, status: "resolved" as const })), "resolved"));
    expect(await resolved.json()).toMatchObject({ resolved: 10 });
    expect(await db.alertGroup.count({ where: { sourceId: source.id, state: "resolved", resolvedAt: { not: null } } })).toBe(10);
    // Firing again after resolution starts a new group.
    await postAlert(source.id, token, alertmanagerNotification(alerts.slice(0, 1)));
    expect(await db.alertGroup.count({ where: { sourceId: source.id, fingerprint: alerts[0]!.fingerprint } })).toBe(2);
  });

  it("answers a wrong token with 401 and stores nothing", async () => {
    const { source } = await makeSource("falco");
    const other = await makeSource("falco");
    for (const token of [null, "cdn_ingest_wrong", other.token]) {
      const response = await postAlert(source.id, token, falcoShellEvent());
      expect(response.status).toBe(401);
      expect(await detail(response)).toMatch(/ingest token/);
    }
    expect(await groupsOf(source.id)).toEqual([]);
  });

  it("answers an unknown source with 404", async () => {
    const { token } = await makeSource("falco");
    expect((await postAlert("3f0b8c1e-0000-4000-8000-000000000000", token, falcoShellEvent())).status).toBe(404);
    expect((await postAlert("not-a-uuid", token, falcoShellEvent())).status).toBe(404);
  });

  it("refuses oversized, malformed and foreign payloads with a clear answer, storing nothing", async () => {
    const { source, token } = await makeSource("falco");
    const huge = { ...falcoShellEvent(), output: "x".repeat(1024 * 1024) };
    const tooLarge = await postAlert(source.id, token, huge);
    expect(tooLarge.status).toBe(413);
    expect(await detail(tooLarge)).toMatch(/larger than the 1024 KiB allowed/);
    const malformed = await postAlert(source.id, token, "{ not json");
    expect(malformed.status).toBe(400);
    expect(await detail(malformed)).toMatch(/Malformed JSON/);
    const foreign = await postAlert(source.id, token, alertmanagerNotification([{}]));
    expect(foreign.status).toBe(400);
    expect(await detail(foreign)).toMatch(/has no rule/);
    expect((await postAlert(source.id, token, falcoShellEvent(), { "content-type": "text/plain" })).status).toBe(415);
    expect(await groupsOf(source.id)).toEqual([]);
  });

  it("refuses a generic payload where the mapping picks nothing", async () => {
    const { source, token } = await makeSource("generic", { mapping: { title: "$.msg", dedupKey: "$.id" } });
    const response = await postAlert(source.id, token, { msg: "hello" });
    expect(response.status).toBe(400);
    expect(await detail(response)).toMatch(/dedupKey path \$\.id picks nothing/);
    expect((await postAlert(source.id, token, { msg: "hello", id: 7 })).status).toBe(202);
    expect(await groupsOf(source.id)).toHaveLength(1);
  });
});
