import { AppError } from "@/lib/errors";
import { confirmSubscription } from "@/lib/public-status/manage-subscription";
import { messagePage } from "@/lib/public-status/message-page";

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  try {
    await confirmSubscription(token);
    return messagePage("Subscription confirmed", "You will receive status updates at this address. Every message has a one-click unsubscribe link.");
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return messagePage("This link is not valid", "It may have been used already or mistyped. Subscribe again from the status page.", 404);
    throw error;
  }
}
