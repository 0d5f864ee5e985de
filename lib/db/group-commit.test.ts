import { describe, expect, it } from "vitest";
import { groupCommit } from "@/lib/db/group-commit";

// A flush the test completes by hand, so what arrives during it is visible.
function controlledFlush<T>() {
  const calls: T[][] = [];
  const pending: (() => void)[] = [];
  const flush = (items: T[]) => {
    calls.push(items);
    return new Promise<string[]>((resolve, reject) => {
      pending.push(() => (items.includes("bad" as T) ? reject(new Error("bad item")) : resolve(items.map((item) => `stored ${String(item)}`))));
    });
  };
  const release = async () => {
    const next = pending.shift();
    next?.();
    // Let the drain loop take its next turn.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { calls, flush, release };
}

describe("group commit", () => {
  it("writes the first caller at once and lets those arriving meanwhile share the next write, in order", async () => {
    const { calls, flush, release } = controlledFlush<string>();
    const submit = groupCommit(flush, { maxBatch: 100 });
    const first = submit("a");
    expect(calls).toEqual([["a"]]);
    const later = ["b", "c", "d"].map((item) => submit(item));
    expect(calls).toHaveLength(1);
    await release();
    expect(await first).toBe("stored a");
    expect(calls).toEqual([["a"], ["b", "c", "d"]]);
    await release();
    expect(await Promise.all(later)).toEqual(["stored b", "stored c", "stored d"]);
  });

  it("never puts more than the batch limit in one write", async () => {
    const { calls, flush, release } = controlledFlush<string>();
    const submit = groupCommit(flush, { maxBatch: 2 });
    const all = ["a", "b", "c", "d", "e"].map((item) => submit(item));
    for (let i = 0; i < 3; i++) await release();
    expect(await Promise.all(all)).toHaveLength(5);
    expect(calls).toEqual([["a"], ["b", "c"], ["d", "e"]]);
  });

  it("fails only the caller whose item makes a shared write fail", async () => {
    const { calls, flush, release } = controlledFlush<string>();
    const submit = groupCommit(flush, { maxBatch: 100 });
    const first = submit("a");
    const good = submit("b");
    const bad = submit("bad");
    const alsoGood = submit("c");
    await release(); // a
    await release(); // b, bad, c together: refused
    await release(); // b alone
    await release(); // bad alone
    await release(); // c alone
    await expect(first).resolves.toBe("stored a");
    await expect(good).resolves.toBe("stored b");
    await expect(bad).rejects.toThrow("bad item");
    await expect(alsoGood).resolves.toBe("stored c");
    expect(calls).toEqual([["a"], ["b", "bad", "c"], ["b"], ["bad"], ["c"]]);
  });

  it("with two writes allowed, starts the second at once and batches the rest behind them", async () => {
    const { calls, flush, release } = controlledFlush<string>();
    const submit = groupCommit(flush, { maxBatch: 100, concurrency: 2 });
    const first = submit("a");
    const second = submit("b");
    expect(calls).toEqual([["a"], ["b"]]);
    const later = ["c", "d"].map((item) => submit(item));
    expect(calls).toHaveLength(2);
    await release(); // a done: c and d share the freed place
    expect(await first).toBe("stored a");
    expect(calls).toEqual([["a"], ["b"], ["c", "d"]]);
    await release();
    await release();
    expect(await second).toBe("stored b");
    expect(await Promise.all(later)).toEqual(["stored c", "stored d"]);
  });
});
