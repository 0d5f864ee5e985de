import { describe, expect, it } from "vitest";
import { sortRows } from "./sort-rows";

describe("sortRows", () => {
  it("orders text naturally and without regard to case", () => {
    const rows = ["worker-10", "Worker-2", "worker-1"];
    expect(sortRows(rows, (row) => row, "asc")).toEqual(["worker-1", "Worker-2", "worker-10"]);
    expect(sortRows(rows, (row) => row, "desc")).toEqual(["worker-10", "Worker-2", "worker-1"]);
  });

  it("orders numbers and dates by value", () => {
    expect(sortRows([3, 20, 1], (row) => row, "asc")).toEqual([1, 3, 20]);
    const early = new Date("2026-01-01T00:00:00Z");
    const late = new Date("2026-06-01T00:00:00Z");
    expect(sortRows([{ at: late }, { at: early }], (row) => row.at, "asc").map((row) => row.at)).toEqual([early, late]);
  });

  it("puts empty values last in both directions", () => {
    const rows = [{ v: null }, { v: 2 }, { v: undefined }, { v: 5 }];
    expect(sortRows(rows, (row) => row.v, "asc").map((row) => row.v)).toEqual([2, 5, null, undefined]);
    expect(sortRows(rows, (row) => row.v, "desc").map((row) => row.v)).toEqual([5, 2, null, undefined]);
  });

  it("keeps the original order of ties and leaves its input alone", () => {
    const rows = [{ k: "b", n: 1 }, { k: "a", n: 2 }, { k: "b", n: 3 }];
    expect(sortRows(rows, (row) => row.k, "asc").map((row) => row.n)).toEqual([2, 1, 3]);
    expect(sortRows(rows, (row) => row.k, "desc").map((row) => row.n)).toEqual([1, 3, 2]);
    expect(rows.map((row) => row.n)).toEqual([1, 2, 3]);
  });
});
