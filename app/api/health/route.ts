import { checkHealth } from "@/lib/health/check-health";

// Public on purpose (load balancers call it); it reveals no data.
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
