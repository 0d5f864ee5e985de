import "server-only";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { findDemoReceiverChannelIds } from "./demo-channel";
import type { DemoReceipt } from "./demo-receiver";

export type DemoReceipts = { reachable: true; received: DemoReceipt[] } | { reachable: false; problem: string };

// Only for a channel that delivers to the demo receiver; any other channel
// has nothing here ("not found").
export async function listDemoReceiptsForChannel(channelId: string, receiver = receiverFromEnv()): Promise<DemoReceipts> {
  if (!(await findDemoReceiverChannelIds(receiver.url)).includes(channelId)) throw notFound("Demo receiver channel");
  return listDemoReceipts(receiver);
}

function receiverFromEnv(): { url?: string; token?: string } {
  return { url: env().CORDON_DEMO_RECEIVER_URL, token: env().CORDON_DEMO_RECEIVER_TOKEN };
}

// What the demo receiver got, read from the receiver itself (its own store).
async function listDemoReceipts({ url, token }: { url?: string; token?: string }): Promise<DemoReceipts> {
  if (!url || !token) return { reachable: false, problem: "The demo receiver runs only with npm start." };
  try {
    const response = await fetch(`${url.replace(/\/+$/, "")}/received`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(2_000) });
    if (!response.ok) return { reachable: false, problem: `The demo receiver answered ${response.status}.` };
    const body = (await response.json()) as { received: DemoReceipt[] };
    return { reachable: true, received: body.received };
  } catch {
    return { reachable: false, problem: "The demo receiver does not answer (it stops with npm start)." };
  }
}
