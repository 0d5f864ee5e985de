// The lock behind "one action per node at a time": exclusive per key across
// connections (so across worker processes), and released when its holder's
// connection dies, as it does when a worker crashes.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { uniqueWord } from "@/test/helpers/incidents";
import { withAdvisoryLock } from "./advisory-lock";

const key = () => `test-lock:${uniqueWord("k")}`;

describe("withAdvisoryLock", () => {
  it("runs the work holding the key, refuses the same key meanwhile, and frees it afterwards", async () => {
    const [held, other] = [key(), key()];
    const outcome = await withAdvisoryLock(held, async () => {
      const same = await withAdvisoryLock(held, async () => "ran");
      const different = await withAdvisoryLock(other, async () => "ran");
      return { same, different };
    });
    expect(outcome).toEqual({ acquired: true, value: { same: { acquired: false }, different: { acquired: true, value: "ran" } } });
    expect(await withAdvisoryLock(held, async () => "again")).toEqual({ acquired: true, value: "again" });
  });

  it("frees the key when the work throws", async () => {
    const held = key();
    await expect(withAdvisoryLock(held, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await withAdvisoryLock(held, async () => "after")).toEqual({ acquired: true, value: "after" });
  });

  it("frees the key of a holder whose connection died without unlocking (a crashed worker)", async () => {
    const held = key();
    const crashed = new pg.Client({ connectionString: process.env.DATABASE_URL });
    crashed.on("error", () => {});
    await crashed.connect();
    const { rows } = await crashed.query<{ pid: number }>("select pg_backend_pid() as pid, pg_advisory_lock(hashtextextended($1, 0))", [held]);
    expect(await withAdvisoryLock(held, async () => "too early")).toEqual({ acquired: false });

    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      // Waits (up to 5 s) until the backend is gone, as after the worker's process died.
      const terminated = await admin.query<{ done: boolean }>("select pg_terminate_backend($1, 5000) as done", [rows[0]!.pid]);
      expect(terminated.rows[0]!.done).toBe(true);
    } finally {
      await admin.end();
      await crashed.end().catch(() => {});
    }
    expect(await withAdvisoryLock(held, async () => "taken over")).toEqual({ acquired: true, value: "taken over" });
  });
});
