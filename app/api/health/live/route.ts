import { nodeRole, nodeVersion } from "@/lib/deploy/node-identity";

// Liveness: the process answers. Touches no database on purpose, so a
// PostgreSQL outage makes nodes unready (app/api/health) but never gets them
// restarted in a loop. Public, like /api/health; it reveals no data.
export function GET() {
  return Response.json({ status: "ok", role: nodeRole(), version: nodeVersion() }, { headers: { "cache-control": "no-store" } });
}
