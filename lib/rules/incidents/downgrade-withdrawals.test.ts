import { describe, expect, it } from "vitest";
import { planDowngradeWithdrawals } from "./downgrade-withdrawals";

const task = (id: string, templateKey: string | null, state = "OPEN", assigneeId: string | null = null) => ({ id, title: id, templateKey, state, assigneeId });
const sev3 = { runbook: [{ key: "collect-logs" }] } as never;

describe("planDowngradeWithdrawals", () => {
  it("withdraws only untouched runbook tasks the lower severity does not ask for", () => {
    const tasks = [
      task("kept-by-target", "collect-logs"),
      task("untouched", "brief-executives"),
      task("done", "notify-legal", "DONE"),
      task("waived", "snapshot-node-disk", "WAIVED"),
      task("taken", "quarantine-node", "OPEN", "a-user"),
      task("manual", null),
    ];
    expect(planDowngradeWithdrawals(tasks, sev3).map((t) => t.id)).toEqual(["untouched"]);
  });
});
