import { ShieldAlert, ShieldCheck, ShieldQuestion, ShieldX } from "lucide-react";
import { Badge } from "@/components/ui/badge";

export function VerificationBadge({ status }: { status: string }) {
  if (status === "ok") return <Badge tone="green"><ShieldCheck className="size-3" aria-hidden />Verified</Badge>;
  if (status === "mismatch") return <Badge tone="red"><ShieldX className="size-3" aria-hidden />Hash mismatch</Badge>;
  if (status === "missing") return <Badge tone="red"><ShieldAlert className="size-3" aria-hidden />Missing</Badge>;
  return <Badge><ShieldQuestion className="size-3" aria-hidden />Not verified yet</Badge>;
}
