import { route } from "@/lib/http/route";
import { listComponents } from "@/lib/public-status/manage-components";

export const GET = route({ capability: "incidents:read", handler: async () => ({ components: await listComponents() }) });
