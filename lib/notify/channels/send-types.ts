import type { Message } from "../rules/render-message";
import type { PagerDutyAction } from "../rules/channel-kinds";
import type { LoadedChannel } from "./channel-store";

export type SendRequest = {
  channel: LoadedChannel;
  message: Message;
  // Stable across retries: receivers use it to drop duplicates.
  deliveryId: string;
  incidentId: string | null;
  // A person's address on this channel; null for the channel's own audience.
  address: string | null;
  recipientName: string | null;
  pagerDutyAction: PagerDutyAction | null;
  now: Date;
  // Tests shorten it; the default suits real endpoints.
  timeoutMs?: number;
};

export type SendResult =
  | { ok: true; statusCode: number | null; detail: string }
  | { ok: false; retryable: boolean; statusCode: number | null; error: string; retryAfterSeconds?: number };

export const SEND_TIMEOUT_MS = 10_000;
