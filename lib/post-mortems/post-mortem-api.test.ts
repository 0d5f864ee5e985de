import { afterAll, describe, expect, it } from "vitest";
import { POST as postPresence } from "@/app/api/v1/post-mortems/[id]/presence/route";
import { PUT as putSection } from "@/app/api/v1/post-mortems/[id]/sections/[key]/route";
import { PUT as putTemplate } from "@/app/api/v1/post-mortem-templates/[severityKey]/route";
import { GET as stream } from "@/app/api/v1/stream/route";
import { db } from "@/lib/db";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { makeTestSeverity } from "@/test/helpers/severities";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { declareAs } from "@/test/helpers/incidents";
import { actorFor, makeUser } from "@/test/helpers/users";
import { createPostMortem } from "./create-post-mortem";

const controllers: AbortController[] = [];
afterAll(() => controllers.forEach((c) => c.abort()));

async function bearer(role: "LEAD" | "RESPONDER" | "EXECUTIVE" | "ADMIN") {
  const user = await makeUser(role);
  const { token } = await createApiToken(actorFor(user), user.id, { name: "test", expiresInDays: 1 });
  return { user, headers: { authorization: `Bearer ${token}` } };
}

function json(method: string, url: string, headers: Record<string, string>, body: unknown) {
  return new Request(url, { method, headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });
}
async function testSeverity(): Promise<string> {
  return (await makeTestSeverity({}, await getSeverityPolicy(db, "SEV4"))).key;
}

const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

describe("the section API", () => {
  it("answers a stale save with 409 problem+json carrying both texts, and 1 MB of text with 413, saving nothing", async () => {
    const { user: lead, headers } = await bearer("LEAD");
    const incident = await declareAs(lead);
    const review = await createPostMortem(lead, actorFor(lead), incident.id);
    const url = `http://cordon.test/api/v1/post-mortems/${review.id}/sections/summary`;
    const at = params({ id: review.id, key: "summary" });

    const first = await putSection(json("PUT", url, headers, { body: "First text", version: 1 }), at);
    expect(first.status).toBe(200);
    const stale = await putSection(json("PUT", url, headers, { body: "Second text from version 1", version: 1 }), at);
    expect(stale.status).toBe(409);
    expect(stale.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await stale.json()) as { detail: string; conflict: { current: { body: string; version: number }; yours: { body: string } } };
    expect(problem.detail).toMatch(/saved this section while you were editing it/);
    expect(problem.conflict.current).toMatchObject({ body: "First text", version: 2 });
    expect(problem.conflict.yours.body).toBe("Second text from version 1");

    const huge = await putSection(json("PUT", url, headers, { body: "x".repeat(1024 * 1024), version: 2 }), at);
    expect(huge.status).toBe(413);
    expect(huge.headers.get("content-type")).toBe("application/problem+json");
    const large = await putSection(json("PUT", url, headers, { body: "é".repeat(60 * 1024), version: 2 }), at);
    expect(large.status).toBe(413);
    expect(((await large.json()) as { detail: string }).detail).toMatch(/at most 100 KB/);
    expect(await db.postMortemSection.findFirst({ where: { postMortemId: review.id, key: "summary" }, select: { body: true, version: true } })).toEqual({ body: "First text", version: 2 });

    const { headers: executive } = await bearer("EXECUTIVE");
    expect((await putSection(json("PUT", url, executive, { body: "x", version: 2 }), at)).status).toBe(403);
  });
});

describe("review templates", () => {
  it("are edited by admins only, validated, and guarded by their version", async () => {
    const { headers: admin } = await bearer("ADMIN");
    const { headers: lead } = await bearer("LEAD");
    // A severity of its own, so other tests keep the built-in templates.
    const key = await testSeverity();
    const url = `http://cordon.test/api/v1/post-mortem-templates/${key}`;
    const at = params({ severityKey: key });
    const version = 0;
    const body = { sections: [{ key: "summary", title: "Summary", prompt: "What happened", kind: "MARKDOWN" }], requiredApprovals: 0, version };
    expect((await putTemplate(json("PUT", url, lead, body), at)).status).toBe(403);
    const duplicate = await putTemplate(json("PUT", url, admin, { ...body, sections: [body.sections[0], body.sections[0]] }), at);
    expect(duplicate.status).toBe(400);
    expect(((await duplicate.json()) as { detail: string }).detail).toMatch(/used twice/);
    expect((await putTemplate(json("PUT", url, admin, body), at)).status).toBe(200);
    expect((await putTemplate(json("PUT", url, admin, body), at)).status).toBe(409);

    // New reviews of that severity use it.
    const creator = await makeUser("LEAD");
    const incident = await declareAs(creator, { severity: key });
    const review = await createPostMortem(creator, actorFor(creator), incident.id);
    expect(await db.postMortemSection.findMany({ where: { postMortemId: review.id }, select: { key: true } })).toEqual([{ key: "summary" }]);
  });
});

describe("presence", () => {
  it("reaches viewers of the incident through the stream, never outsiders of a restricted one", async () => {
    const { user: lead, headers } = await bearer("LEAD");
    const { headers: outsiderHeaders } = await bearer("RESPONDER");
    const { user: insider, headers: insiderHeaders } = await bearer("RESPONDER");
    const incident = await declareAs(lead, { restricted: true });
    await db.incidentParticipant.create({ data: { incidentId: incident.id, userId: insider.id } });
    const review = await createPostMortem(lead, actorFor(lead), incident.id);

    const open = async (h: Record<string, string>) => {
      const abort = new AbortController();
      controllers.push(abort);
      const response = await stream(new Request("http://cordon.test/api/v1/stream", { headers: h, signal: abort.signal }));
      return response.body!.getReader();
    };
    const insiderStream = await open(insiderHeaders);
    const outsiderStream = await open(outsiderHeaders);
    const ping = await postPresence(json("POST", `http://cordon.test/api/v1/post-mortems/${review.id}/presence`, headers, { sectionKey: "summary" }), params({ id: review.id }));
    expect(ping.status).toBe(200);
    // A public marker after the ping, so the outsider's stream can be read up to a known point.
    const publicIncident = await declareAs(lead);
    const { addNote } = await import("@/lib/incidents/add-note");
    await addNote(lead, actorFor(lead), publicIncident.id, { body: "marker" });

    const readUntil = async (reader: ReadableStreamDefaultReader<Uint8Array>, marker: string) => {
      const decoder = new TextDecoder();
      let text = "";
      while (!text.includes(marker)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
      return text;
    };
    const seenByInsider = await readUntil(insiderStream, '"sectionKey":"summary"');
    expect(seenByInsider).toContain(`"postMortemId":"${review.id}"`);
    const seenByOutsider = await readUntil(outsiderStream, publicIncident.id);
    expect(seenByOutsider).not.toContain("event: presence");
    expect(seenByOutsider).not.toContain(review.id);
  });
});
