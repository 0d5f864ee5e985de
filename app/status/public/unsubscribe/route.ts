import { AppError } from "@/lib/errors";
import { unsubscribe } from "@/lib/public-status/manage-subscription";
import { messagePage } from "@/lib/public-status/message-page";

async function handle(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  try {
    await unsubscribe(token);
    return messagePage("Unsubscribed", "You will not receive further status updates.");
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return messagePage("This link is not valid", "Nothing was changed. If you keep receiving updates, use the link in the latest message.", 404);
    throw error;
  }
}

// GET for the link in the email; POST for mail clients' one-click unsubscribe (RFC 8058).
export const GET = handle;
export const POST = handle;
