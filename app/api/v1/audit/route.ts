import { listAuditEntries, ZAuditQuery } from "@/lib/audit/list-audit-entries";
import { route } from "@/lib/http/route";

export const GET = route({ capability: "audit:read", query: ZAuditQuery, handler: ({ query }) => listAuditEntries(query) });
