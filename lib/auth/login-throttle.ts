import "server-only";
import { db } from "@/lib/db";

// Slows password guessing: a few failures per account, more per address
// (many people may share one), within a sliding window.
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export async function isLoginThrottled(email: string, address: string): Promise<boolean> {
  const since = new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);
  const [byAccount, byAddress] = await Promise.all([
    db.loginFailure.count({ where: { email, createdAt: { gte: since } } }),
    db.loginFailure.count({ where: { address, createdAt: { gte: since } } }),
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordLoginFailure(email: string, address: string): Promise<void> {
  const expired = new Date(Date.now() - 24 * 60 * 60_000);
  await db.$transaction([
    db.loginFailure.deleteMany({ where: { createdAt: { lt: expired } } }),
    db.loginFailure.create({ data: { email, address }, select: { id: true } }),
  ]);
}

export async function clearLoginFailures(email: string): Promise<void> {
  await db.loginFailure.deleteMany({ where: { email } });
}
