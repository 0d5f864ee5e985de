import { clientAddress } from "@/lib/auth/client-address";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/error-response";
import { STATUS_BY_CODE } from "@/lib/http/problem";
import { messagePage } from "@/lib/public-status/message-page";
import { publicPageUrl } from "@/lib/public-status/configured-location";
import { subscribe } from "@/lib/public-status/subscribe";

// Public: anyone may ask for updates (rate-limited per address, double
// opt-in for email). Forms get a page back; API clients get JSON.
export async function POST(request: Request) {
  const isForm = (request.headers.get("content-type") ?? "").includes("application/x-www-form-urlencoded");
  try {
    const input = isForm ? Object.fromEntries(await request.formData()) : await request.json();
    const result = await subscribe(input, clientAddress(request.headers), publicPageUrl(request));
    if (!isForm) return Response.json(result, { status: 201 });
    return messagePage(
      "Almost done",
      result.status === "confirmation_sent" ? "Check your inbox and click the link to confirm your subscription." : "Your webhook is subscribed to status updates.",
    );
  } catch (error) {
    if (!isForm) return toErrorResponse(error instanceof SyntaxError ? new AppError("BAD_REQUEST", "Malformed JSON") : error, request);
    if (error instanceof AppError) return messagePage("We could not subscribe you", error.message, STATUS_BY_CODE[error.code]);
    return toErrorResponse(error, request);
  }
}
