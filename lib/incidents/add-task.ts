import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/auth/permissions";
import { transaction } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertOpen } from "./assert-open";
import { lockIncident } from "./lock-incident";
import { recordIncidentChange } from "./record-change";
import { ZAddTaskInput, type TAddTaskInput } from "./schemas";

export async function addTask(user: SessionUser, actor: Actor, incidentId: string, input: TAddTaskInput) {
  const data = parseInput(ZAddTaskInput, input);
  return transaction(async (tx) => {
    assertOpen(await lockIncident(tx, user, incidentId), "adding tasks");
    if (data.assigneeId) {
      const assignee = await tx.user.findFirst({ where: { id: data.assigneeId, deactivatedAt: null }, select: { id: true, role: true } });
      if (!assignee) throw badRequest("The assignee is not an active user", { assigneeId: ["Choose an active user"] });
      if (!can(assignee.role, "incidents:write")) throw badRequest("Executives and auditors read incidents; assign the task to someone who works them", { assigneeId: ["Choose a lead, responder or administrator"] });
    }
    const last = await tx.incidentTask.findFirst({ where: { incidentId }, orderBy: { position: "desc" }, select: { position: true } });
    const task = await tx.incidentTask.create({
      data: { incidentId, position: (last?.position ?? 0) + 1, title: data.title, description: data.description, assigneeId: data.assigneeId, dueAt: data.dueAt },
      select: { id: true, title: true, position: true },
    });
    await recordIncidentChange(tx, actor, incidentId, { type: "task_added", data: { taskId: task.id, title: task.title, ...(data.assigneeId ? { assigneeId: data.assigneeId } : {}), ...(data.dueAt ? { dueAt: data.dueAt } : {}) } });
    return task;
  });
}
