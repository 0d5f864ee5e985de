// Admins switch a source off and on through PATCH /api/v1/alert-sources/{id};
// a disabled source's posts are refused with a reason and store nothing.
import { describe, expect, it } from "vitest";
import { PATCH as patchSourceRoute } from "@/app/api/v1/alert-sources/[id]/route";
import { db } from "@/lib/db";
import { bearerFor, routeContext } from "@/lib/evidence/testing/evidence-fixtures";
import { falcoShellEvent } from "@/test/fixtures/alerts/falco";
import { makeUser } from "@/test/helpers/users";
import { makeSource, postAlert } from "./testing/alert-fixtures";

async function patch(sourceId: string, headers: Record<string, string>, body: unknown) {
  const request = new Request(`http://cordon.test/api/v1/alert-sources/${sourceId}`, {
    method: "PATCH",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return patchSourceRoute(request, routeContext({ id: sourceId }));
}

async function problem(response: Response) {
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  return ((await response.json()) as { detail: string }).detail;
}

describe("PATCH /api/v1/alert-sources/{id}", () => {
  it("disables a source so its alerts are refused and nothing is stored, then enables it again, each audited", async () => {
    const admin = await makeUser("ADMIN");
    const { source, token } = await makeSource("falco");
    // Seen once while enabled, so the ingest path has it in its cache.
    expect((await postAlert(source.id, token, falcoShellEvent())).status).toBe(202);

    const disabled = await patch(source.id, await bearerFor(admin), { enabled: false });
    expect(disabled.status).toBe(200);
    expect(((await disabled.json()) as { source: { enabled: boolean } }).source.enabled).toBe(false);

    const refused = await postAlert(source.id, token, falcoShellEvent({ pod: "other-pod" }));
    expect(refused.status).toBe(403);
    expect(await problem(refused)).toMatch(/disabled.*nothing was stored/);
    expect(await db.alertGroup.count({ where: { sourceId: source.id } })).toBe(1);

    expect((await patch(source.id, await bearerFor(admin), { enabled: true })).status).toBe(200);
    expect((await postAlert(source.id, token, falcoShellEvent({ pod: "other-pod" }))).status).toBe(202);
    expect(await db.alertGroup.count({ where: { sourceId: source.id } })).toBe(2);

    const audited = await db.auditEntry.findMany({ where: { targetType: "alert_source", targetId: source.id }, orderBy: { seq: "asc" }, select: { action: true, actorId: true } });
    expect(audited.slice(-2)).toEqual([
      { action: "alert_source.disable", actorId: admin.id },
      { action: "alert_source.enable", actorId: admin.id },
    ]);
  });

  it("still answers a wrong token with 401 on a disabled source, so a stranger learns nothing about it", async () => {
    const admin = await makeUser("ADMIN");
    const { source } = await makeSource("falco");
    await patch(source.id, await bearerFor(admin), { enabled: false });
    expect((await postAlert(source.id, "cdn_ingest_wrong", falcoShellEvent())).status).toBe(401);
  });

  it("is for admins only, and refuses bodies other than { enabled } and unknown sources", async () => {
    const admin = await makeUser("ADMIN");
    const lead = await makeUser("LEAD");
    const { source } = await makeSource("falco");
    expect((await patch(source.id, await bearerFor(lead), { enabled: false })).status).toBe(403);
    const wrongType = await patch(source.id, await bearerFor(admin), { enabled: "no" });
    expect(wrongType.status).toBe(400);
    expect(await problem(wrongType)).toMatch(/enabled must be true or false/);
    const extra = await patch(source.id, await bearerFor(admin), { enabled: false, name: "renamed" });
    expect(extra.status).toBe(400);
    expect((await patch(crypto.randomUUID(), await bearerFor(admin), { enabled: false })).status).toBe(404);
    expect(await db.alertSource.findUniqueOrThrow({ where: { id: source.id }, select: { enabled: true } })).toEqual({ enabled: true });
  });
});
