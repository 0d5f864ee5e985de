import { Lock } from "lucide-react";
import { LocalTime } from "@/components/common/local-time";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { EvidenceItemView } from "@/lib/evidence/queries";
import { CopyHash } from "./copy-hash";
import { EvidenceKindIcon } from "./evidence-kind-icon";
import { formatBytes } from "./format-bytes";
import { VerificationBadge } from "./verification-badge";

export function EvidenceRow({ item, timeZone, justUploaded = false, onOpen }: { item: EvidenceItemView; timeZone: string; justUploaded?: boolean; onOpen: () => void }) {
  return (
    <li className={cn("flex items-start gap-3 py-2.5", item.deletedAt && "bg-zinc-50 dark:bg-zinc-950")} data-testid="evidence-item">
      <EvidenceKindIcon kind={item.kind} className="mt-0.5 size-5 shrink-0 text-zinc-500" />
      <div className="min-w-0 flex-1 space-y-0.5">
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" onClick={onOpen} className="truncate text-left text-sm font-medium hover:underline" aria-label={`Open evidence ${item.title}`}>
            {item.title}
          </button>
          {justUploaded && <Badge tone="green">Just uploaded</Badge>}
          {item.legalHold && <Badge tone="orange"><Lock className="size-3" aria-hidden />Legal hold</Badge>}
          {item.deletedAt ? <Badge tone="red">Deleted</Badge> : <VerificationBadge status={item.verificationStatus} lastVerifiedAt={item.lastVerifiedAt} timeZone={timeZone} />}
        </div>
        <div className="flex min-w-0 items-center gap-2 text-xs text-zinc-500">
          <span title={`${item.size} bytes`}>{item.byReference ? "by reference" : formatBytes(item.size)}</span>
          <span aria-hidden>·</span>
          <CopyHash sha256={item.sha256} label={`SHA-256 of ${item.title}`} />
        </div>
        <p className="text-xs text-zinc-500">
          {item.collectedBy} · <LocalTime at={item.collectedAt} timeZone={timeZone} />
        </p>
      </div>
    </li>
  );
}
