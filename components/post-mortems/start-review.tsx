"use client";
import { FileText } from "lucide-react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useReviewAction } from "./use-review-action";

// Drafts the review from the record and opens the editor.
export function StartReviewButton({ incidentId, size = "md" }: { incidentId: string; size?: "sm" | "md" }) {
  const router = useRouter();
  const create = useReviewAction<void>(incidentId, () => ({ path: `/api/v1/incidents/${incidentId}/post-mortem`, method: "POST" }));
  return (
    <div className="space-y-2">
      {/* mutateAsync: the war room swaps this button for a link as soon as the
          review exists, and a per-call onSuccess would not run after that. */}
      <Button size={size} onClick={() => void create.mutateAsync().then(() => router.push(`/incidents/${incidentId}/post-mortem`), () => {})} disabled={create.isPending}>
        <FileText className="size-4" aria-hidden /> Draft the post-incident review
      </Button>
      {create.error && <Alert tone="error">{create.error.message}</Alert>}
    </div>
  );
}
