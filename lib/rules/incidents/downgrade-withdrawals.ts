// A lower severity asks for less. The runbook tasks a higher severity added
// that the lower one does not ask for may be withdrawn — only while nobody
// has started them: never a task done, waived, or taken by someone (an
// assignee means it is in progress). Manual tasks are never withdrawn.
import type { SeverityPolicy } from "./severity-policy";

export type WithdrawableTask = { id: string; title: string; templateKey: string | null; state: string; assigneeId: string | null };

export function planDowngradeWithdrawals<T extends WithdrawableTask>(tasks: readonly T[], target: Pick<SeverityPolicy, "runbook">): T[] {
  const asked = new Set(target.runbook.map((template) => template.key));
  return tasks.filter((task) => task.templateKey !== null && !asked.has(task.templateKey) && task.state === "OPEN" && task.assigneeId === null);
}
