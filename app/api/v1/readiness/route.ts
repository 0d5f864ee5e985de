import { route } from "@/lib/http/route";
import { getReadiness } from "@/lib/readiness/get-readiness";

// Findings name clusters' objects: for the people who see cluster inventory.
export const GET = route({ capability: "clusters:read", handler: () => getReadiness() });
