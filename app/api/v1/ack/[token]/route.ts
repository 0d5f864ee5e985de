import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/error-response";
import { STATUS_BY_CODE } from "@/lib/http/problem";
import { ackConfirmPage, ackDonePage, ackErrorPage } from "@/lib/notify/ack/ack-page";
import { acknowledgeFromLink } from "@/lib/notify/ack/acknowledge-from-link";
import { describeAckLink } from "@/lib/notify/ack/describe-ack-link";

type Context = { params: Promise<{ token: string }> };

// Acknowledge links from messages. No sign-in needed: the signed,
// single-use token is the permission. GET only asks; POST acknowledges.
function answerError(error: unknown, request: Request): Response {
  if (error instanceof AppError && !wantsJson(request)) return ackErrorPage(error.message, STATUS_BY_CODE[error.code]);
  return toErrorResponse(error, request);
}

const wantsJson = (request: Request) => (request.headers.get("accept") ?? "").includes("application/json");

export async function GET(request: Request, context: Context): Promise<Response> {
  try {
    const { token } = await context.params;
    const link = await describeAckLink(token);
    return wantsJson(request) ? Response.json(link, { headers: { "cache-control": "no-store" } }) : ackConfirmPage(link);
  } catch (error) {
    return answerError(error, request);
  }
}

export async function POST(request: Request, context: Context): Promise<Response> {
  try {
    const { token } = await context.params;
    const result = await acknowledgeFromLink(token, await getCurrentUser().catch(() => null));
    return wantsJson(request) ? Response.json(result, { headers: { "cache-control": "no-store" } }) : ackDonePage(result);
  } catch (error) {
    return answerError(error, request);
  }
}
