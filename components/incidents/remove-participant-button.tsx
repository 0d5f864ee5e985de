"use client";
import { UserMinus } from "lucide-react";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useIncidentAction } from "./use-incident-action";

type Props = { incidentId: string; participant: { userId: string; name: string }; restricted: boolean };

// Removing a participant asks once more, inline, and says what it means: on
// a restricted incident the person loses access. Escape or Cancel backs out
// and returns the focus to the button.
export function RemoveParticipantButton({ incidentId, participant, restricted }: Props) {
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const remove = useIncidentAction<{ userId: string }>(incidentId, (body) => ({ path: "/participants", method: "DELETE", body }));
  const cancel = () => {
    setConfirming(false);
    remove.reset();
    requestAnimationFrame(() => opener.current?.focus());
  };

  if (!confirming) {
    return (
      <Button ref={opener} size="sm" variant="ghost" aria-label={`Remove ${participant.name} from the participants`} onClick={() => setConfirming(true)}>
        <UserMinus className="size-3.5" aria-hidden /> Remove
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-label={`Confirm removing ${participant.name}`}
      className="mt-1 w-full space-y-2 rounded-md bg-zinc-50 p-2 text-xs dark:bg-zinc-950"
      onKeyDown={(event) => {
        if (event.key === "Escape") cancel();
      }}
    >
      <p>
        Remove {participant.name} from the participants?{" "}
        {restricted ? "They will no longer see this restricted incident." : "They keep seeing it while it is not restricted."}
      </p>
      <div className="flex gap-2">
        <Button size="sm" variant="danger" autoFocus onClick={() => remove.mutate({ userId: participant.userId })}>
          {remove.isPending ? "Removing…" : `Remove ${participant.name}`}
        </Button>
        <Button size="sm" variant="ghost" onClick={cancel}>Cancel</Button>
      </div>
      {remove.error && <Alert tone="error">{remove.error.message}</Alert>}
    </div>
  );
}
