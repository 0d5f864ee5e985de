import { z } from "zod";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { removeContactMethod } from "@/lib/notify/contacts/remove-contact-method";
import { updateContactMethod } from "@/lib/notify/contacts/update-contact-method";

const ZParams = z.object({ id: z.string() });

export const PATCH = route({
  capability: "incidents:read",
  params: ZParams,
  body: ZJsonBody,
  handler: ({ user, actor, params, body }) => updateContactMethod(actor, user.id, params.id, body),
});

export const DELETE = route({
  capability: "incidents:read",
  params: ZParams,
  handler: ({ user, actor, params }) => removeContactMethod(actor, user.id, params.id),
});
