import "server-only";

const TIMEOUT_MS = 5_000;

// POSTs JSON to a subscriber's webhook; true when it answered 2xx.
export async function postToWebhook(url: string, payload: unknown): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "cordon-status/1" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: "error",
    });
    return response.ok;
  } catch {
    return false;
  }
}

export function pingWebhook(url: string): Promise<boolean> {
  return postToWebhook(url, { type: "subscription.verify", message: "Cordon status page subscription check" });
}
