"use client";
import { BookOpen } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { usePostMortemEditor, type PostMortemEditorData } from "@/lib/post-mortems/queries";
import { ActionItemsPanel } from "../action-items/action-items-panel";
import { ExportLinks } from "../export-links";
import { KeyTimeStrip } from "../key-time-strip";
import { StartReviewButton } from "../start-review";
import { ReviewPanel } from "../review/review-panel";
import { ReviewStateBadge } from "../state-badge";
import { ReviewTimelinePanel } from "./review-timeline-panel";
import { SectionEditor } from "./section-editor";
import { SeverityProposalPanel } from "./severity-proposal-panel";
import { usePresence } from "./use-presence";

type Severity = { key: string; name: string; acknowledgeWithinMinutes: number; updateEveryMinutes: number; requiresSecondApprover: boolean };

export function PostMortemEditorClient({ incidentId, initial, currentUser, severities }: {
  incidentId: string;
  initial: PostMortemEditorData;
  currentUser: { id: string; timeZone: string };
  severities: Severity[];
}) {
  const { data } = usePostMortemEditor(incidentId, initial);
  const [editing, setEditing] = useState<string | null>(null);
  const review = data.review;
  const document = data.editor;
  const others = usePresence(review?.id ?? "", currentUser.id, editing, Boolean(review && data.canWrite));

  if (!review || !document) {
    return (
      <EmptyState icon={<BookOpen className="size-8" />} title="No review yet" action={data.canCreate ? <StartReviewButton incidentId={incidentId} /> : undefined}>
        The review is drafted from the incident&apos;s record by its lead, its scribe or an administrator.
      </EmptyState>
    );
  }
  const canEdit = data.canWrite;
  // A published revision is frozen; the review panel offers a new revision.
  const canEditContent = canEdit && review.state !== "PUBLISHED";
  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <Link href={`/incidents/${incidentId}`} className="font-mono text-sm text-zinc-500 hover:underline">
            {document.header.reference}
          </Link>
          <ReviewStateBadge state={review.state} revision={review.revision} />
          {document.header.drill && <span className="text-xs text-blue-700 dark:text-blue-300">Drill</span>}
        </div>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">Post-incident review: {document.header.title}</h1>
          <div className="flex flex-wrap gap-2">
            <Link href={`/incidents/${incidentId}/post-mortem/read`} className={buttonClasses("secondary", "sm")}>
              <BookOpen className="size-3.5" aria-hidden /> Reading view
            </Link>
            <ExportLinks postMortemId={review.id} />
          </div>
        </div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Severity {document.header.severity.key}
          {document.header.severityChanges.length > 0 && ` (changed ${document.header.severityChanges.map((c) => `${c.from} → ${c.to}`).join(", ")})`} · lead {document.header.lead?.name ?? "none"} · {document.header.participants.length} participants · {document.timeline.includedEvents} of {document.timeline.totalEvents} events in the review
        </p>
        <KeyTimeStrip document={document} timeZone={currentUser.timeZone} />
      </header>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="min-w-0 space-y-4">
          {document.sections.map((section) => (
            <SectionEditor
              key={section.key}
              postMortemId={review.id}
              section={section}
              canEdit={canEditContent}
              editors={others.filter((p) => p.sectionKey === section.key).map((p) => p.name)}
              onFocusChange={(focused) => setEditing((current) => (focused ? section.key : current === section.key ? null : current))}
            >
              {section.kind === "SEVERITY_REVIEW" && (
                <SeverityProposalPanel
                  postMortemId={review.id}
                  incidentId={incidentId}
                  proposal={document.severityProposal}
                  severities={severities}
                  currentSeverity={document.header.severity.key}
                  canEdit={canEdit}
                  isAdmin={data.isAdmin}
                />
              )}
            </SectionEditor>
          ))}
          <ActionItemsPanel postMortemId={review.id} incidentId={incidentId} canEdit={canEdit} />
        </div>
        <div className="min-w-0 space-y-4 xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:overflow-y-auto">
          <ReviewPanel postMortemId={review.id} incidentId={incidentId} state={review.state} revision={review.revision} requiredApprovals={review.requiredApprovals} canEdit={canEdit} />
          <ReviewTimelinePanel postMortemId={review.id} incidentId={incidentId} timeZone={currentUser.timeZone} canEdit={canEditContent} />
        </div>
      </div>
    </div>
  );
}
