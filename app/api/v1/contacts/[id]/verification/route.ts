import { z } from "zod";
import { route } from "@/lib/http/route";
import { verifyExternalContact } from "@/lib/notify/contacts/verify-external-contact";

// POST records that the contact's details were checked today.
export const POST = route({
  capability: "settings:manage",
  params: z.object({ id: z.string() }),
  handler: ({ actor, params }) => verifyExternalContact(actor, params.id),
});
