import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ObligationStatus } from "@/lib/rules/regulations/obligation-status";

const STATUS: Record<ObligationStatus, { label: string; tone: BadgeTone }> = {
  pending: { label: "Pending", tone: "blue" },
  due_soon: { label: "Due soon", tone: "orange" },
  overdue: { label: "OVERDUE", tone: "red" },
  submitted: { label: "Submitted", tone: "green" },
  not_applicable: { label: "Not applicable", tone: "neutral" },
};

export function ObligationStatusBadge({ status }: { status: ObligationStatus }) {
  const { label, tone } = STATUS[status];
  return <Badge tone={tone} data-testid="obligation-status">{label}</Badge>;
}
