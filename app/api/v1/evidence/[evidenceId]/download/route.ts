import { Readable } from "node:stream";
import { attachmentDisposition } from "@/lib/evidence/content-disposition";
import { custodyFromRequest } from "@/lib/evidence/custody";
import { downloadEvidence } from "@/lib/evidence/download-evidence";
import { ZEvidenceParams } from "@/lib/evidence/route-params";
import { route } from "@/lib/http/route";

// GET …/download?reason=… (or an X-Cordon-Reason header). The custody event
// is recorded before the first byte is sent.
export const GET = route({
  capability: "incidents:read",
  params: ZEvidenceParams,
  handler: async ({ user, actor, params, request }) => {
    const reason = new URL(request.url).searchParams.get("reason") ?? request.headers.get("x-cordon-reason") ?? undefined;
    const download = await downloadEvidence(custodyFromRequest(user, actor, request), params.evidenceId, reason);
    return new Response(Readable.toWeb(download.stream) as ReadableStream<Uint8Array>, {
      status: 200,
      headers: {
        "content-type": download.mediaType,
        "content-length": String(download.size),
        "content-disposition": attachmentDisposition(download.fileName),
        "x-evidence-sha256": download.sha256,
        "repr-digest": `sha-256=:${Buffer.from(download.sha256, "hex").toString("base64")}:`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
        "content-security-policy": "sandbox",
      },
    });
  },
});
