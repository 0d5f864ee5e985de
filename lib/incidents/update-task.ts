import "server-only";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/auth/permissions";
import { transaction } from "@/lib/db";
import { badRequest, conflict, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { isUuid } from "./incident-id";
import { assertOpen } from "./assert-open";
import { lockIncident } from "./lock-incident";
import { recordIncidentChange } from "./record-change";
import { ZUpdateTaskInput, type TUpdateTaskInput } from "./schemas";

// "NOT_APPLICABLE" reads "not applicable" in a message.
const stateWords = (state: string) => state.toLowerCase().replaceAll("_", " ");

// Completes, waives (skips, with a reason), marks not applicable (with a
// reason), reopens, assigns or reschedules a task.
export async function updateTask(user: SessionUser, actor: Actor, incidentId: string, taskId: string, input: TUpdateTaskInput) {
  const change = parseInput(ZUpdateTaskInput, input);
  return transaction(async (tx) => {
    assertOpen(await lockIncident(tx, user, incidentId), "changing its tasks");
    if (!isUuid(taskId)) throw notFound("Task");
    const task = await tx.incidentTask.findFirst({ where: { id: taskId, incidentId }, select: { id: true, title: true, state: true } });
    if (!task) throw notFound("Task");
    const now = new Date();
    switch (change.action) {
      case "complete":
        if (task.state !== "OPEN") throw conflict(`"${task.title}" is already ${stateWords(task.state)}`);
        await tx.incidentTask.update({ where: { id: taskId }, data: { state: "DONE", finishedAt: now, finishedById: user.id }, select: { id: true } });
        break;
      case "waive":
        if (task.state !== "OPEN") throw conflict(`"${task.title}" is already ${stateWords(task.state)}`);
        await tx.incidentTask.update({ where: { id: taskId }, data: { state: "WAIVED", waivedReason: change.reason, finishedAt: now, finishedById: user.id }, select: { id: true } });
        break;
      case "not_applicable":
        if (task.state !== "OPEN") throw conflict(`"${task.title}" is already ${stateWords(task.state)}`);
        await tx.incidentTask.update({ where: { id: taskId }, data: { state: "NOT_APPLICABLE", waivedReason: change.reason, finishedAt: now, finishedById: user.id }, select: { id: true } });
        break;
      case "reopen":
        if (task.state === "OPEN") throw conflict(`"${task.title}" is already open`);
        await tx.incidentTask.update({ where: { id: taskId }, data: { state: "OPEN", waivedReason: null, finishedAt: null, finishedById: null }, select: { id: true } });
        break;
      case "assign":
        if (change.assigneeId) {
          const assignee = await tx.user.findFirst({ where: { id: change.assigneeId, deactivatedAt: null }, select: { id: true, role: true } });
          if (!assignee) throw badRequest("The assignee is not an active user");
          if (!can(assignee.role, "incidents:write")) throw badRequest("Executives and auditors read incidents; assign the task to someone who works them", { assigneeId: ["Choose a lead, responder or administrator"] });
        }
        await tx.incidentTask.update({ where: { id: taskId }, data: { assigneeId: change.assigneeId }, select: { id: true } });
        break;
      case "schedule":
        await tx.incidentTask.update({ where: { id: taskId }, data: { dueAt: change.dueAt }, select: { id: true } });
        break;
    }
    const type = { complete: "task_completed", waive: "task_waived", not_applicable: "task_not_applicable", reopen: "task_reopened", assign: "task_assigned", schedule: "task_rescheduled" }[change.action];
    await recordIncidentChange(tx, actor, incidentId, { type, data: { taskId, title: task.title, ...("reason" in change ? { reason: change.reason } : {}), ...("assigneeId" in change ? { assigneeId: change.assigneeId } : {}), ...("dueAt" in change ? { dueAt: change.dueAt } : {}) } });
    return { taskId, action: change.action };
  });
}
