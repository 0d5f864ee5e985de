import { z } from "zod";
import { route } from "@/lib/http/route";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

// Revokes (never erases) the token: its record stays for the audit trail.
export const DELETE = route({
  capability: "tokens:own",
  params: z.object({ id: z.uuid("Token ids are UUIDs") }),
  handler: ({ user, actor, params }) => revokeApiToken(actor, user.id, params.id),
});
