import { db } from "@/lib/db";
import { route } from "@/lib/http/route";
import { listCatalog } from "@/lib/regulatory/catalog-store";
import { TRIGGER_OPTIONS } from "@/lib/rules/regulations/triggers";

export const GET = route({
  capability: "incidents:read",
  handler: async () => ({ frameworks: await listCatalog(db), triggers: TRIGGER_OPTIONS }),
});
