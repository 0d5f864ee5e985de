"use client";
import { useQuery } from "@tanstack/react-query";
import { FileText } from "lucide-react";
import Link from "next/link";
import { apiFetch } from "@/components/common/api-client";
import { buttonClasses } from "@/components/ui/button";
import { postMortemKeys } from "@/lib/post-mortems/queries";
import { StartReviewButton } from "./start-review";

type Summary = { review: { id: string; state: string } | null; canCreate: boolean };

const REVIEW_PHASES = new Set(["POST_INCIDENT", "CLOSED"]);

// In the war room once the incident reaches its review phase (or whenever a
// review exists): open it, or draft it from the record.
export function WarRoomReviewEntry({ incidentId, status }: { incidentId: string; status: string }) {
  const { data } = useQuery({
    queryKey: [...postMortemKeys.detail(incidentId), "summary"],
    queryFn: ({ signal }) => apiFetch<Summary>(`/api/v1/incidents/${incidentId}/post-mortem/summary`, { signal }),
  });
  if (!data) return null;
  if (data.review) {
    return (
      <Link href={`/incidents/${incidentId}/post-mortem`} className={buttonClasses("secondary", "md")} data-testid="open-review">
        <FileText className="size-4" aria-hidden /> Post-incident review
      </Link>
    );
  }
  if (!REVIEW_PHASES.has(status) || !data.canCreate) return null;
  return <StartReviewButton incidentId={incidentId} />;
}
