import { db } from "@/lib/db";
import { seedDemoIncidents } from "./demo-incidents";
import { seedDemoUsers } from "./demo-users";

// Fills an empty database with demo data. Never runs on a database that
// already has accounts, so it cannot overwrite a real installation.
export async function seedDemoData(password: string): Promise<{ seeded: boolean }> {
  if ((await db.user.count()) > 0) return { seeded: false };
  const [admin, lead, responder, exec, auditor] = await seedDemoUsers(password);
  await seedDemoIncidents({ admin: admin!, lead: lead!, responder: responder!, exec: exec!, auditor: auditor! });
  return { seeded: true };
}
