import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { addContactMethod } from "@/lib/notify/contacts/add-contact-method";
import { listContactMethods } from "@/lib/notify/contacts/list-contact-methods";

// The caller's own contact methods: how Cordon reaches them, for what.
export const GET = route({ capability: "incidents:read", handler: async ({ user }) => ({ methods: await listContactMethods(user.id) }) });

export const POST = route({
  capability: "incidents:read",
  body: ZJsonBody,
  status: 201,
  handler: ({ user, actor, body }) => addContactMethod(actor, user.id, body),
});
