import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/incidents/[id]/key-times/route";
import { db } from "@/lib/db";
import { acknowledgeIncident } from "@/lib/incidents/acknowledge-incident";
import { correctKeyTime } from "@/lib/incidents/correct-key-time";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { declareAs, eventsOf, expectAppError, recordOf } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

// An incident detected three hours ago, declared and acknowledged now.
async function acknowledged() {
  const lead = await makeUser("LEAD");
  const incident = await declareAs(lead, { detectedAt: hoursAgo(3).toISOString() });
  await acknowledgeIncident(lead, actorFor(lead), incident.id);
  const times = await db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { detectedAt: true, declaredAt: true, acknowledgedAt: true } });
  return { lead, id: incident.id, times };
}

describe("key-time corrections keep detected ≤ declared ≤ acknowledged ≤ contained ≤ resolved ≤ closed", () => {
  it("refuses a detection after the declaration, naming both times, and changes nothing", async () => {
    const { lead, id, times } = await acknowledged();
    const before = await recordOf(id);
    const at = new Date(times.declaredAt.getTime() + 1_000);
    const error = await expectAppError(
      correctKeyTime(lead, actorFor(lead), id, { field: "detectedAt", at: at.toISOString(), reason: "Wrong day" }),
      "BAD_REQUEST",
      /^Key times must run detected ≤ declared ≤ acknowledged ≤ contained ≤ resolved ≤ closed: detected \(.+ UTC\) would be after declared \(.+ UTC\)/,
    );
    expect(error.details?.fields?.at?.[0]).toBe(error.message);
    expect(error.details?.fields).toHaveProperty("declaredAt");
    expect(await recordOf(id)).toEqual(before);
  });

  it("refuses moving the declaration before the detection", async () => {
    const { lead, id, times } = await acknowledged();
    const at = new Date(times.detectedAt!.getTime() - 60_000);
    await expectAppError(correctKeyTime(lead, actorFor(lead), id, { field: "declaredAt", at: at.toISOString(), reason: "Typo" }), "BAD_REQUEST", /detected \(.+\) would be after declared/);
  });

  it("accepts corrections that keep the order, equal times included", async () => {
    const { lead, id, times } = await acknowledged();
    await correctKeyTime(lead, actorFor(lead), id, { field: "detectedAt", at: hoursAgo(5).toISOString(), reason: "Earlier alert" });
    await correctKeyTime(lead, actorFor(lead), id, { field: "acknowledgedAt", at: times.declaredAt.toISOString(), reason: "Acknowledged on the phone as it was declared" });
    expect((await eventsOf(id, "key_time_corrected")).map((event) => (event.data as { field: string }).field)).toEqual(["detectedAt", "acknowledgedAt"]);
  });

  it("answers the API with problem+json naming the times in conflict", async () => {
    const { lead, id, times } = await acknowledged();
    const { token } = await createApiToken(actorFor(lead), lead.id, { name: "key-times" });
    const response = await POST(
      new Request(`http://cordon.test/api/v1/incidents/${id}/key-times`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ field: "acknowledgedAt", at: new Date(times.declaredAt.getTime() - 60_000).toISOString(), reason: "Typo" }),
      }),
      { params: Promise.resolve({ id }) },
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await response.json()) as { detail: string; errors: Record<string, string[]> };
    expect(problem.detail).toMatch(/declared \(.+ UTC\) would be after acknowledged \(.+ UTC\)\. Nothing was changed\.$/);
    expect(Object.keys(problem.errors).sort()).toEqual(["at", "declaredAt"]);
  });
});
