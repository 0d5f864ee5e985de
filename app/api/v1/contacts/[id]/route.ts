import { z } from "zod";
import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { archiveExternalContact } from "@/lib/notify/contacts/archive-external-contact";
import { saveExternalContact } from "@/lib/notify/contacts/save-external-contact";

const ZParams = z.object({ id: z.string() });

export const PUT = route({
  capability: "settings:manage",
  params: ZParams,
  body: ZJsonBody,
  handler: ({ actor, params, body }) => saveExternalContact(actor, body, params.id),
});

export const DELETE = route({
  capability: "settings:manage",
  params: ZParams,
  handler: ({ actor, params }) => archiveExternalContact(actor, params.id),
});
