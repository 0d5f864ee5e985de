"use client";
import { PageHeader } from "@/components/ui/page-header";
import type { OpenActionItemsPage } from "@/lib/post-mortems/action-items/queries";
import type { PostMortemListView } from "@/lib/post-mortems/review/queries";
import { OpenActionItems } from "./open-action-items";
import { ReviewList } from "./review-list";

export function PostMortemsClient({ reviews, actionItems, timeZone }: { reviews: PostMortemListView; actionItems: OpenActionItemsPage; timeZone: string }) {
  return (
    <>
      <PageHeader title="Post-mortems" description="Blameless reviews written from each incident's recorded timeline, and the follow-up work they decided." />
      <div className="grid gap-8 xl:grid-cols-2">
        <ReviewList initial={reviews} timeZone={timeZone} />
        <OpenActionItems initial={actionItems} />
      </div>
    </>
  );
}
