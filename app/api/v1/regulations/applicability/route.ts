import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { readOrganisationApplicability, saveOrganisationApplicability } from "@/lib/regulatory/organisation-applicability";

export const GET = route({ capability: "settings:manage", handler: async () => ({ applicability: await readOrganisationApplicability() }) });

export const PUT = route({
  capability: "settings:manage",
  body: ZJsonBody,
  handler: ({ actor, body }) => saveOrganisationApplicability(actor, body),
});
