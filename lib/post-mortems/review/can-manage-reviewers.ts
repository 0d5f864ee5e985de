import type { SessionUser } from "@/lib/auth/session-user";
import { forbidden } from "@/lib/errors";

// Naming reviewers is the incident lead's call (or an admin's): they know
// who should read the review before it is published.
export function assertCanManageReviewers(user: Pick<SessionUser, "id" | "role">, incident: { leadId: string | null }) {
  if (user.role === "ADMIN" || user.role === "LEAD" || incident.leadId === user.id) return;
  throw forbidden("Only the incident's lead, an incident lead or an administrator names reviewers");
}
