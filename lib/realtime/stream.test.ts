import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/stream/route";
import { addNote } from "@/lib/incidents/add-note";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { actorFor, makeUser } from "@/test/helpers/users";

const controllers: AbortController[] = [];
afterAll(() => controllers.forEach((c) => c.abort()));

// Opens the SSE stream as `token` and collects "incident" events.
async function openStream(token: string) {
  const abort = new AbortController();
  controllers.push(abort);
  const response = await GET(new Request("http://cordon.test/api/v1/stream", { headers: { authorization: `Bearer ${token}` }, signal: abort.signal }));
  expect(response.headers.get("content-type")).toBe("text/event-stream");
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return {
    // Reads until an incident event for `id` arrives; returns every id seen.
    async readUntil(id: string): Promise<string[]> {
      const seen: string[] = [];
      while (!seen.includes(id)) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value);
        for (const match of buffer.matchAll(/event: incident\ndata: (\{[^\n]*\})/g)) {
          const eventId = (JSON.parse(match[1]!) as { id: string }).id;
          if (!seen.includes(eventId)) seen.push(eventId);
        }
      }
      return seen;
    },
  };
}

describe("the realtime stream", () => {
  it("tells a viewer about incidents they may see and never about restricted ones", async () => {
    const lead = await makeUser("LEAD");
    const executive = await makeUser("EXECUTIVE");
    const { token } = await createApiToken(actorFor(executive), executive.id, { name: "stream" });
    const restricted = await declareIncident(lead, actorFor(lead), { title: "Hidden stream test", severity: "SEV2", category: "data_exposure", restricted: true });
    const open = await declareIncident(lead, actorFor(lead), { title: "Open stream test", severity: "SEV3", category: "other" });

    const stream = await openStream(token);
    // The restricted change is committed first; if it leaked it would be
    // delivered before the open one.
    await addNote(lead, actorFor(lead), restricted.id, { body: "secret detail" });
    await addNote(lead, actorFor(lead), open.id, { body: "public detail" });
    const seen = await stream.readUntil(open.id);
    expect(seen).toContain(open.id);
    expect(seen).not.toContain(restricted.id);
  });

});
