import "server-only";
import bcrypt from "bcryptjs";
import { env } from "@/lib/env";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, env().CORDON_PASSWORD_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Spent on unknown accounts too, so response time does not reveal which
// email addresses have an account.
let dummyHash: Promise<string> | undefined;
export async function spendPasswordCheckTime(password: string): Promise<void> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  await bcrypt.compare(password, await dummyHash);
}
