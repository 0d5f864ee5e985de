import { db } from "@/lib/db";
import { seedDemoUsers } from "./demo-users";

// Fills an empty database with demo data. Never runs on a database that
// already has accounts, so it cannot overwrite a real installation.
export async function seedDemoData(password: string): Promise<{ seeded: boolean }> {
  if ((await db.user.count()) > 0) return { seeded: false };
  await seedDemoUsers(password);
  return { seeded: true };
}
