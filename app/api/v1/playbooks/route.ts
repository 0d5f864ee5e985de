import { listPlaybooks } from "@/lib/playbooks/list-playbooks";
import { route } from "@/lib/http/route";

export const GET = route({
  capability: "incidents:read",
  handler: async () => ({ playbooks: await listPlaybooks() }),
});
