import "server-only";
import { db } from "@/lib/db";
import type { DocumentObligation } from "@/lib/rules/post-mortems/document-types";

// Each reporting obligation with its due time, when it was filed and whether
// that was in time (against the extended due time when one was granted).
export async function readRegulatory(incidentId: string, now: Date): Promise<DocumentObligation[]> {
  const obligations = await db.incidentObligation.findMany({
    where: { incidentId },
    orderBy: [{ effectiveDueAt: { sort: "asc", nulls: "last" } }, { title: "asc" }],
    select: {
      frameworkKey: true,
      title: true,
      recipient: true,
      dueAt: true,
      extendedDueAt: true,
      submittedAt: true,
      submissionReference: true,
      notApplicableAt: true,
      notApplicableReason: true,
    },
  });
  return obligations.map((o) => {
    const due = o.extendedDueAt ?? o.dueAt;
    return {
      framework: o.frameworkKey,
      title: o.title,
      recipient: o.recipient,
      dueAt: due?.toISOString() ?? null,
      filedAt: o.submittedAt?.toISOString() ?? null,
      reference: o.submissionReference,
      notApplicableReason: o.notApplicableAt ? (o.notApplicableReason ?? "") : null,
      outcome: outcomeOf(due, o.submittedAt, o.notApplicableAt, now),
    };
  });
}

function outcomeOf(due: Date | null, filed: Date | null, notApplicable: Date | null, now: Date): DocumentObligation["outcome"] {
  if (filed) return !due || filed.getTime() <= due.getTime() ? "on_time" : "late";
  if (notApplicable) return "not_applicable";
  if (!due) return "no_deadline";
  return now.getTime() > due.getTime() ? "overdue" : "not_filed";
}
