import { Fingerprint, ShieldAlert, ShieldCheck, ShieldX } from "lucide-react";
import { LocalTime } from "@/components/common/local-time";
import { Badge } from "@/components/ui/badge";

// "Hashed at upload" is the hash taken while the bytes arrived; a later
// re-verification re-reads the stored bytes and says so, with when.
export function VerificationBadge({ status, lastVerifiedAt, timeZone }: { status: string; lastVerifiedAt?: Date | string | null; timeZone?: string }) {
  if (status === "ok") {
    return (
      <Badge tone="green">
        <ShieldCheck className="size-3" aria-hidden />
        Re-verified{lastVerifiedAt && timeZone ? <> <LocalTime at={lastVerifiedAt} timeZone={timeZone} /></> : null}
      </Badge>
    );
  }
  if (status === "mismatch") return <Badge tone="red"><ShieldX className="size-3" aria-hidden />Hash mismatch</Badge>;
  if (status === "missing") return <Badge tone="red"><ShieldAlert className="size-3" aria-hidden />Missing</Badge>;
  return <Badge><Fingerprint className="size-3" aria-hidden />Hashed at upload</Badge>;
}
