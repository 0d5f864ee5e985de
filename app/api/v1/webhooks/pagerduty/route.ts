import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/error-response";
import { handlePagerDutyWebhook } from "@/lib/notify/pagerduty/handle-pagerduty-webhook";

const MAX_BODY_BYTES = 512 * 1024;

// PagerDuty's v3 webhook subscription posts here. No session or token: the
// X-PagerDuty-Signature header, checked against the raw body, is the proof.
export async function POST(request: Request): Promise<Response> {
  try {
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The webhook body is too large");
    const body = await request.text();
    if (Buffer.byteLength(body) > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "The webhook body is too large");
    const result = await handlePagerDutyWebhook(body, request.headers.get("x-pagerduty-signature"));
    return Response.json(result, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return toErrorResponse(error, request);
  }
}
