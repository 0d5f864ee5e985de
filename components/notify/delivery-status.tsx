import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<string, BadgeTone> = { SENT: "green", FAILED: "red", RETRYING: "orange", SENDING: "blue", PENDING: "neutral" };
const LABEL: Record<string, string> = { SENT: "Sent", FAILED: "Failed", RETRYING: "Retrying", SENDING: "Sending", PENDING: "Queued" };

export function DeliveryStatus({ status }: { status: string }) {
  return (
    <Badge tone={TONE[status] ?? "neutral"} data-testid="delivery-status">
      {LABEL[status] ?? status}
    </Badge>
  );
}
