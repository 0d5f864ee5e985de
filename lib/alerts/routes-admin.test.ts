import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DELETE as removeRoute, PUT as replaceRoute } from "@/app/api/v1/alert-routes/[id]/route";
import { GET as listRoutes, POST as createRoute } from "@/app/api/v1/alert-routes/route";
import { db } from "@/lib/db";
import { bearerFor, routeContext } from "@/lib/evidence/testing/evidence-fixtures";
import { makeUser } from "@/test/helpers/users";

const json = (method: string, url: string, headers: Record<string, string>, body?: unknown) =>
  new Request(`http://cordon.test/api/v1${url}`, { method, headers: { ...headers, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });

describe("routing rules administration", () => {
  it("lets admins create, list, replace and remove rules, each audited", async () => {
    const admin = await makeUser("ADMIN");
    const auth = await bearerFor(admin);
    // Matches a source that does not exist, so other tests' alerts are unaffected.
    const match = { sourceIds: [randomUUID()], priorities: ["critical"] };
    const created = await createRoute(json("POST", "/alert-routes", auth, { name: "Critical payments alerts", position: 5, match, decision: "open_incident", severity: "SEV1", category: "data_exposure", titleTemplate: "{{rule}}" }));
    expect(created.status).toBe(201);
    const rule = (await created.json()) as { id: string; decision: string };
    expect(rule.decision).toBe("open_incident");
    const listed = (await (await listRoutes(json("GET", "/alert-routes", auth))).json()) as { routes: { id: string; name: string }[] };
    expect(listed.routes.map((item) => item.name)).toEqual(expect.arrayContaining(["Critical payments alerts", "Falco critical events open a SEV2 container compromise"]));

    const replaced = await replaceRoute(json("PUT", `/alert-routes/${rule.id}`, auth, { name: "Renamed", position: 6, match, decision: "inbox" }), routeContext({ id: rule.id }));
    expect(await replaced.json()).toMatchObject({ name: "Renamed", decision: "inbox", severity: null });
    expect((await removeRoute(json("DELETE", `/alert-routes/${rule.id}`, auth), routeContext({ id: rule.id }))).status).toBe(200);
    expect(await db.alertRoute.count({ where: { id: rule.id } })).toBe(0);
    const audits = await db.auditEntry.findMany({ where: { targetType: "alert_route", targetId: rule.id }, orderBy: { seq: "asc" }, select: { action: true } });
    expect(audits.map((entry) => entry.action)).toEqual(["alert_route.create", "alert_route.update", "alert_route.remove"]);
  });

  it("refuses incomplete rules and non-admins", async () => {
    const admin = await makeUser("ADMIN");
    const lead = await makeUser("LEAD");
    const incomplete = await createRoute(json("POST", "/alert-routes", await bearerFor(admin), { name: "x", position: 1, decision: "open_incident" }));
    expect(incomplete.status).toBe(400);
    expect(((await incomplete.json()) as { detail: string }).detail).toMatch(/needs a severity and a category/);
    const unknownSeverity = await createRoute(json("POST", "/alert-routes", await bearerFor(admin), { name: "x", position: 1, decision: "open_incident", severity: "SEV9", category: "other" }));
    expect(unknownSeverity.status).toBe(400);
    expect((await createRoute(json("POST", "/alert-routes", await bearerFor(lead), { name: "x", position: 1, decision: "inbox" }))).status).toBe(403);
  });
});
