import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { openChangeStream } from "./open-change-stream";

const viewer = { id: "00000000-0000-4000-8000-000000000001", role: "RESPONDER" } as SessionUser;

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) text += decoder.decode(next.value);
  return text;
}

const subscribed = (emitter: EventEmitter) => emitter.listenerCount("change") + emitter.listenerCount("reconnect");

describe("openChangeStream", () => {
  it("sends ready, visible changes and resyncs; a disconnect ends it and unsubscribes", async () => {
    const emitter = new EventEmitter();
    const abort = new AbortController();
    const stream = openChangeStream({ user: viewer, signal: abort.signal, emitter, canSee: async (_user, id) => id === "seen" });
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toContain("event: ready");
    emitter.emit("change", "hidden");
    emitter.emit("change", "seen");
    expect(decoder.decode((await reader.read()).value)).toBe(`event: incident\ndata: {"id":"seen"}\n\n`);
    emitter.emit("reconnect");
    expect(decoder.decode((await reader.read()).value)).toBe("event: resync\ndata: {}\n\n");

    abort.abort();
    expect(await reader.read()).toEqual({ done: true, value: undefined });
    expect(subscribed(emitter)).toBe(0);
    // Changes after the end go nowhere and throw nowhere.
    emitter.emit("change", "seen");
    emitter.emit("reconnect");
  });

  it("a viewer who left before the stream opened gets an ended stream and leaves no subscription behind", async () => {
    const emitter = new EventEmitter();
    const abort = new AbortController();
    abort.abort();
    const stream = openChangeStream({ user: viewer, signal: abort.signal, emitter });
    expect(subscribed(emitter)).toBe(0);
    expect(await readAll(stream)).toBe("");
  });

  it("a visibility answer that arrives after the viewer left is dropped, not written to the closed stream", async () => {
    const emitter = new EventEmitter();
    const abort = new AbortController();
    const answer = deferred<boolean>();
    const asked = deferred<void>();
    const stream = openChangeStream({
      user: viewer,
      signal: abort.signal,
      emitter,
      canSee: () => {
        asked.resolve();
        return answer.promise;
      },
    });
    const reader = stream.getReader();
    await reader.read();
    emitter.emit("change", "seen");
    await asked.promise;
    // The consumer goes away (Next cancels the body) and then the request aborts.
    await reader.cancel();
    abort.abort();
    answer.resolve(true);
    await answer.promise;
    expect(subscribed(emitter)).toBe(0);
  });

  it("the heartbeat stops when the consumer cancels", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const emitter = new EventEmitter();
      const stream = openChangeStream({ user: viewer, signal: new AbortController().signal, emitter, heartbeatMs: 1_000 });
      const reader = stream.getReader();
      await reader.read();
      vi.advanceTimersByTime(1_000);
      expect(new TextDecoder().decode((await reader.read()).value)).toBe(": keep-alive\n\n");
      expect(vi.getTimerCount()).toBe(1);
      await reader.cancel();
      expect(vi.getTimerCount()).toBe(0);
      expect(subscribed(emitter)).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
