import "server-only";
import { parseRetryAfter } from "../rules/backoff";
import { SEND_TIMEOUT_MS, type SendResult } from "./send-types";

export type HttpAnswer = { status: number; body: string; retryAfter: string | null };

// One POST with a deadline. Redirects are not followed: a webhook that
// moved should be updated, not chased to wherever it points now.
export async function postBody(url: string, body: string, headers: Record<string, string>, timeoutMs = SEND_TIMEOUT_MS): Promise<HttpAnswer | SendResult> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text().catch(() => "");
    return { status: response.status, body: text.slice(0, 2_000), retryAfter: response.headers.get("retry-after") };
  } catch (error) {
    return networkFailure(error, timeoutMs);
  }
}

export function isAnswer(value: HttpAnswer | SendResult): value is HttpAnswer {
  return "status" in value && "body" in value;
}

function networkFailure(error: unknown, timeoutMs: number): SendResult {
  const err = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (err.name === "TimeoutError" || err.name === "AbortError") {
    return { ok: false, retryable: true, statusCode: null, error: `No answer within ${timeoutMs / 1000} s; will retry` };
  }
  const code = err.cause?.code ?? "";
  const why = code === "ECONNREFUSED" ? "the connection was refused" : code === "ENOTFOUND" ? "the host name does not resolve" : err.cause?.message ?? err.message ?? "network error";
  return { ok: false, retryable: true, statusCode: null, error: `Could not reach the endpoint: ${why}` };
}

const snippet = (body: string) => body.replace(/\s+/g, " ").trim().slice(0, 200);

// Maps an HTTP answer to what the outbox does next: done, try again later
// (429, 408, 5xx) or give up with a message an admin can act on.
export function classifyAnswer(answer: HttpAnswer, service: string, now: Date): SendResult {
  const { status, body } = answer;
  if (status >= 200 && status < 300) return { ok: true, statusCode: status, detail: snippet(body) };
  const said = snippet(body) ? `: ${snippet(body)}` : "";
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(answer.retryAfter, now);
    return { ok: false, retryable: true, statusCode: status, retryAfterSeconds, error: `${service} is rate limiting (HTTP 429); will retry${retryAfterSeconds !== undefined ? ` after ${retryAfterSeconds} s` : ""}` };
  }
  if (status === 408 || status >= 500) {
    return { ok: false, retryable: true, statusCode: status, error: `${service} answered HTTP ${status}${said}; will retry` };
  }
  if (status >= 300 && status < 400) {
    return { ok: false, retryable: false, statusCode: status, error: `${service} redirected (HTTP ${status}): save the final URL on the channel` };
  }
  if (status === 401 || status === 403) {
    return { ok: false, retryable: false, statusCode: status, error: `${service} refused the credentials (HTTP ${status})${said}: check the URL or key and save it again` };
  }
  if (status === 404 || status === 410) {
    return { ok: false, retryable: false, statusCode: status, error: `${service} does not know this endpoint (HTTP ${status})${said}: it may have been deleted; paste a new one` };
  }
  return { ok: false, retryable: false, statusCode: status, error: `${service} rejected the message (HTTP ${status})${said}` };
}

export async function postJson(url: string, payload: unknown, service: string, request: { now: Date; timeoutMs?: number }, headers: Record<string, string> = {}): Promise<SendResult> {
  const body = JSON.stringify(payload);
  const answer = await postBody(url, body, { "content-type": "application/json", "user-agent": "Cordon-Notify/1", ...headers }, request.timeoutMs);
  return isAnswer(answer) ? classifyAnswer(answer, service, request.now) : answer;
}
