import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { ZAuditQuery } from "@/lib/audit/schemas";
import { route } from "@/lib/http/route";

export const GET = route({ capability: "audit:read", query: ZAuditQuery, handler: ({ query }) => listAuditEntries(query) });
