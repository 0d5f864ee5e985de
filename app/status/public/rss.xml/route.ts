import { servePublic } from "@/lib/public-status/serve-public";

export const dynamic = "force-dynamic";

export const GET = (request: Request) => servePublic(request, "rss");
