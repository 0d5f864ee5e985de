import "server-only";
import { db, transaction } from "@/lib/db";

// Slows password guessing: a few failures per account, more per address
// (many people may share one), within a sliding window. The counts live in
// PostgreSQL so every web node sees the same ones, and an attempt is
// counted *before* its password is checked, under a lock per account and
// per address: guesses sent in parallel to several nodes are counted
// against each other rather than each seeing the count before the others.
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
const KEEP_FAILURES_MS = 24 * 60 * 60_000;

export type LoginAttempt = { throttled: true } | { throttled: false; attemptId: bigint };

/** Counts this attempt as a failure until its password proves right; refuses it when the account or address is over its limit. */
export async function reserveLoginAttempt(email: string, address: string, now = new Date()): Promise<LoginAttempt> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  return transaction(async (tx) => {
    // Always the account's lock first, then the address's: no two attempts wait on each other in a cycle.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`login-account:${email}`}, 0))`;
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtextextended(${`login-address:${address}`}, 0))`;
    const [byAccount, byAddress] = await Promise.all([
      tx.loginFailure.count({ where: { email, createdAt: { gte: since } } }),
      tx.loginFailure.count({ where: { address, createdAt: { gte: since } } }),
    ]);
    if (byAccount >= MAX_FAILURES_PER_ACCOUNT || byAddress >= MAX_FAILURES_PER_ADDRESS) return { throttled: true };
    await tx.loginFailure.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_FAILURES_MS) } } });
    const attempt = await tx.loginFailure.create({ data: { email, address, createdAt: now }, select: { id: true } });
    return { throttled: false, attemptId: attempt.id };
  });
}

/** The right password: the account's failures no longer count. */
export async function clearLoginFailures(email: string): Promise<void> {
  await db.loginFailure.deleteMany({ where: { email } });
}

/** An attempt that was not a guess (the right password for a deactivated account) is not held against it. */
export async function forgetLoginAttempt(attemptId: bigint): Promise<void> {
  await db.loginFailure.deleteMany({ where: { id: attemptId } });
}
