import { describe, expect, it } from "vitest";
import { checkActionItem, isActionItemOverdue, isHttpUrl, overdueFrom } from "./action-items";

const now = new Date("2026-12-04T16:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("checkActionItem", () => {
  const valid = { ownerId: "u1", dueOn: day("2026-12-10"), state: "OPEN" as const };

  it("accepts a complete item", () => expect(checkActionItem(valid, { now, creating: true })).toEqual({}));

  it("needs an owner and a due date", () => {
    expect(checkActionItem({ ...valid, ownerId: null, dueOn: null }, { now, creating: true })).toEqual({
      ownerId: ["Every action item needs an owner: choose who will do it."],
      dueOn: ["Every action item needs a due date."],
    });
  });

  it("refuses a past due date at creation but accepts today", () => {
    expect(checkActionItem({ ...valid, dueOn: day("2026-12-03") }, { now, creating: true })).toEqual({
      dueOn: ["The due date is in the past: choose today or a later day."],
    });
    expect(checkActionItem({ ...valid, dueOn: day("2026-12-04") }, { now, creating: true })).toEqual({});
  });

  it("keeps an existing item's past due date when it is updated", () => {
    expect(checkActionItem({ ...valid, dueOn: day("2026-11-01") }, { now, creating: false })).toEqual({});
  });

  it("needs a reason for won't do", () => {
    expect(checkActionItem({ ...valid, state: "WONT_DO", wontDoReason: " " }, { now, creating: false })).toEqual({ wontDoReason: ["Say why this will not be done."] });
    expect(checkActionItem({ ...valid, state: "WONT_DO", wontDoReason: "Replaced by INC-1200's fix" }, { now, creating: false })).toEqual({});
  });

  it("accepts only http(s) links", () => {
    expect(checkActionItem({ ...valid, externalUrl: "javascript:alert(1)" }, { now, creating: true })).toHaveProperty("externalUrl");
    expect(checkActionItem({ ...valid, externalUrl: "https://linear.app/acme/issue/SEC-12" }, { now, creating: true })).toEqual({});
  });
});

describe("overdue", () => {
  it("is overdue from the day after its due day, UTC", () => {
    expect(overdueFrom(day("2026-12-04")).toISOString()).toBe("2026-12-05T00:00:00.000Z");
    expect(isActionItemOverdue({ dueOn: day("2026-12-04"), state: "OPEN" }, now)).toBe(false);
    expect(isActionItemOverdue({ dueOn: day("2026-12-03"), state: "IN_PROGRESS" }, now)).toBe(true);
  });
  it("never counts settled items", () => {
    expect(isActionItemOverdue({ dueOn: day("2026-11-01"), state: "DONE" }, now)).toBe(false);
    expect(isActionItemOverdue({ dueOn: day("2026-11-01"), state: "WONT_DO" }, now)).toBe(false);
  });
});

describe("isHttpUrl", () => {
  it.each([
    ["https://github.com/acme/app/issues/4", true],
    ["http://jira.internal/browse/SEC-1", true],
    ["ftp://example.com/x", false],
    ["not a url", false],
    ["data:text/html,hi", false],
  ])("%s → %s", (value, expected) => expect(isHttpUrl(value)).toBe(expected));
});
