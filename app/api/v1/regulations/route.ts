import { route } from "@/lib/http/route";
import { getCatalog } from "@/lib/regulatory/get-catalog";
import { TRIGGER_OPTIONS } from "@/lib/rules/regulations/triggers";

export const GET = route({
  capability: "incidents:read",
  handler: async () => ({ frameworks: await getCatalog(), triggers: TRIGGER_OPTIONS }),
});
